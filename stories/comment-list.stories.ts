import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { CommentListStrings, CommentsInput } from '../src/index.js';
import type { StubHandler } from './support/fetch-stub.js';
import { generateComments, threadedComments, wordpressComments } from './support/data.js';
import { column, darkPage, pageLanguage } from './support/decorators.js';

interface Args {
  src?: string;
  articleId?: string;
  maxDepth?: number;
  order?: 'oldest' | 'newest';
  endpoint?: string;
  format?: string;
  comments?: CommentsInput;
  strings?: Partial<CommentListStrings>;
  /** Read-only: listed in the docs, no control. */
  effectiveArticleId?: string;
}

/** Replies posted from the list's reply forms: accepted and published at once. */
const acceptReply: StubHandler = async (request) => {
  const body = (await request.json()) as { parentId?: string | null; content?: string; author?: { name?: string } };
  return {
    status: 201,
    json: { id: `r${Date.now()}`, parentId: body.parentId, author: { name: body.author?.name }, content: body.content, date: new Date().toISOString(), status: 'approved' },
  };
};

const thousand = { comments: generateComments(1000), total: 1000 };

const meta = {
  title: 'Elements/comment-list',
  component: 'comment-list',
  tags: ['autodocs'],
  decorators: [column],
  render: (args) =>
    html`<comment-list
      src=${ifDefined(args.src)}
      article-id=${ifDefined(args.articleId)}
      max-depth=${ifDefined(args.maxDepth)}
      order=${ifDefined(args.order)}
      endpoint=${ifDefined(args.endpoint)}
      format=${ifDefined(args.format)}
      .comments=${args.comments}
      .strings=${args.strings ?? {}}
      @comment-list-load=${action('comment-list-load')}
      @comment-list-error=${action('comment-list-error')}
    ></comment-list>`,
  args: { endpoint: '/stub/replies' },
  argTypes: {
    order: { control: 'inline-radio', options: ['oldest', 'newest'] },
    maxDepth: { control: { type: 'number', min: 1, max: 10 } },
    format: { control: 'inline-radio', options: ['json', 'form', 'wordpress'] },
    effectiveArticleId: { control: false },
  },
  parameters: {
    fetch: {
      'GET /stub/comments/threaded': { json: threadedComments },
      'POST /stub/replies': acceptReply,
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** No comments yet: the empty state invites the first one. */
export const Empty: Story = {
  args: { src: '/stub/comments/none' },
  parameters: { fetch: { 'GET /stub/comments/none': { json: { comments: [], total: 0 } } } },
};

/** A threaded conversation from `src`: replies nested, a reply to a reply, a link, a comment awaiting moderation. Reply opens a form under the comment. */
export const Threaded: Story = {
  args: { src: '/stub/comments/threaded' },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('comment-list')!;
    await waitFor(() => expect(list.shadowRoot!.querySelector('h2')).toHaveTextContent('6 comments'));
    await expect(list.shadowRoot!.querySelectorAll('ol ol article')).toHaveLength(3);
  },
};

/** Newest first (top-level comments; replies still read oldest first). */
export const NewestFirst: Story = {
  args: { src: '/stub/comments/threaded', order: 'newest' },
};

/** Replies nest only one level deep (`max-depth="1"`): deeper ones are shown "In reply to …". */
export const MaxDepthOne: Story = {
  args: { src: '/stub/comments/threaded', maxDepth: 1 },
};

/** 1,000 comments (generated, a third of them replies), given through the `comments` property. */
export const AThousandComments: Story = {
  args: { comments: thousand },
  argTypes: { comments: { control: false } },
  parameters: { docs: { source: { code: '<comment-list></comment-list>\n<!-- list.comments = { comments: [/* 1,000 comments */], total: 1000 } -->' } } },
};

/** While `src` is loading (this story's server never answers). */
export const Loading: Story = {
  args: { src: '/stub/comments/slow' },
  parameters: { fetch: { 'GET /stub/comments/slow': { never: true } } },
};

/** `src` answers 500: an alert with a retry button. */
export const LoadError: Story = {
  args: { src: '/stub/comments/broken' },
  parameters: { fetch: { 'GET /stub/comments/broken': { status: 500, json: { message: 'Database unavailable' } } } },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('comment-list')!;
    await waitFor(() => expect(list.shadowRoot!.querySelector('[role="alert"]')).toHaveTextContent(/500/));
  },
};

/** The request fails before any answer (offline). */
export const NetworkError: Story = {
  args: { src: '/stub/comments/offline' },
  parameters: { fetch: { 'GET /stub/comments/offline': { networkError: true } } },
};

/** WordPress REST comments (`/wp/v2/comments?post=42`) as WordPress sends them: `content.rendered` HTML (sanitized), `author_avatar_urls`, `X-WP-Total`. */
export const WordPressData: Story = {
  args: { src: '/stub/wp-json/wp/v2/comments', format: 'wordpress' },
  parameters: {
    fetch: { 'GET /stub/wp-json/wp/v2/comments': { json: wordpressComments, headers: { 'X-WP-Total': '3', 'X-WP-TotalPages': '1' } } },
  },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('comment-list')!;
    await waitFor(() => expect(list.shadowRoot!.querySelector('h2')).toHaveTextContent('3 comments'));
  },
};

/** More on the server than on the first page: `next` gives a "Load more comments" button. */
export const LoadMore: Story = {
  args: { src: '/stub/comments/page-1' },
  parameters: {
    fetch: {
      'GET /stub/comments/page-1': { json: { comments: threadedComments.comments.slice(0, 3), total: 6, next: '/stub/comments/page-2' } },
      'GET /stub/comments/page-2': { json: { comments: threadedComments.comments.slice(3), total: 6 }, delay: 400 },
    },
  },
};

/** French, from the page's `lang`. */
export const French: Story = {
  args: { src: '/stub/comments/threaded' },
  decorators: [pageLanguage('fr')],
};

/** On a dark page. */
export const Dark: Story = {
  args: { src: '/stub/comments/threaded' },
  decorators: [darkPage],
  parameters: { layout: 'fullscreen' },
};
