import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Author } from '../src/index.js';
import type { BylineStrings } from '../src/news-byline/strings.js';
import { authors } from './support/data.js';
import { pageLanguage } from './support/decorators.js';

interface Args {
  authors?: Author[];
  published?: string;
  modified?: string;
  wordCount?: number;
  strings?: Partial<BylineStrings>;
}

// Standalone bylines: `authors` goes in as the JSON attribute a CMS would print, so the docs' code
// samples show real markup. Inside `<news-article>` the byline needs no attributes at all (see the
// article stories). (A line comment: a doc comment here would replace the element's own description
// from custom-elements.json on the docs page.)
const meta = {
  title: 'Elements/news-byline',
  component: 'news-byline',
  tags: ['autodocs'],
  render: ({ authors: list, published, modified, wordCount, strings }) =>
    html`<news-byline
      authors=${ifDefined(list ? JSON.stringify(list) : undefined)}
      published=${ifDefined(published)}
      modified=${ifDefined(modified)}
      word-count=${ifDefined(wordCount)}
      .strings=${strings ?? {}}
    ></news-byline>`,
  args: { published: '2026-01-14T09:30:00Z' },
  argTypes: {
    published: { control: 'text' },
    modified: { control: 'text' },
    wordCount: { control: { type: 'number', min: 0, step: 50 } },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** "By A". */
export const OneAuthor: Story = {
  args: { authors: authors.one },
};

/** "By A and B". */
export const TwoAuthors: Story = {
  args: { authors: authors.two },
};

/** "By A, B and C" (the list format of the page's language; B has no URL, so no link). */
export const ThreeAuthors: Story = {
  args: { authors: authors.three },
};

/** Avatars and roles. */
export const AvatarsAndRoles: Story = {
  args: { authors: authors.withAvatars },
};

/** Updated later the same day ("Updated 3:05 PM") with the reading time. */
export const UpdatedTime: Story = {
  args: { authors: authors.withAvatars, modified: '2026-01-14T15:05:00Z', wordCount: 920 },
};

/** Updated on a later day: the full date is shown. */
export const UpdatedLaterDay: Story = {
  args: { authors: authors.one, modified: '2026-01-16T08:00:00Z' },
};

/** French: "Par A, B et C", French dates and reading time. */
export const French: Story = {
  args: { authors: authors.three, modified: '2026-01-14T15:05:00Z', wordCount: 920 },
  decorators: [pageLanguage('fr')],
};
