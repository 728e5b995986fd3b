import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { NewsArticle } from '../src/news-article/news-article.js';
import { arabicArticle, everyBlockArticle, frenchArticle, ghostPost, jsonFeed, longArticle, minimalArticle, schemaGraph, seedArticle, wordpressPost } from './support/data.js';
import { column, darkPage, pageLanguage } from './support/decorators.js';

interface Args {
  src?: string;
  data?: unknown;
  format?: NewsArticle['format'];
  strings?: NewsArticle['strings'];
  /** Read-only (the normalized article): listed in the docs, no control. */
  article?: unknown;
}

const meta = {
  title: 'Elements/news-article',
  component: 'news-article',
  tags: ['autodocs'],
  render: ({ src, data, format, strings }) =>
    html`<news-article
      src=${ifDefined(src)}
      format=${ifDefined(format)}
      .data=${data}
      .strings=${strings ?? {}}
      @news-article-load=${action('news-article-load')}
      @news-article-error=${action('news-article-error')}
    ></news-article>`,
  argTypes: { article: { control: false } },
  parameters: {
    fetch: {
      'GET /stub/articles/seed.json': () => ({ json: seedArticle() }),
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The seed article (`demo/article.json`), fetched from `src` as a publisher's page would. */
export const Seed: Story = {
  args: { src: '/stub/articles/seed.json' },
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('news-article')!;
    await waitFor(() => expect(article.shadowRoot!.querySelector('h1')).toHaveTextContent(/Carney Visits Beijing/));
  },
};

/** The least an article needs: headline, one author, a date and one paragraph (`data` property). */
export const Minimal: Story = {
  args: { data: minimalArticle },
};

/** Every block type: paragraphs (text and HTML), headings 2–6, quote, image, lists, an HTML block; an unknown block is skipped. */
export const EveryBlockType: Story = {
  args: { data: everyBlockArticle },
};

/** The article JSON printed into the page by a CMS: an inline `<script type="application/json">` child, no request. */
export const InlineJson: Story = {
  render: () => {
    const element = document.createElement('news-article');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(minimalArticle);
    element.append(script);
    return element;
  },
  parameters: { docs: { source: { code: '<news-article>\n  <script type="application/json">{ "id": "minimal", "headline": "…", … }</script>\n</news-article>' } } },
};

/** While `src` is loading (this story's server never answers). */
export const Loading: Story = {
  args: { src: '/stub/articles/slow.json' },
  parameters: { fetch: { 'GET /stub/articles/slow.json': { never: true } } },
};

/** `src` answers 404. */
export const NotFound: Story = {
  args: { src: '/stub/articles/missing.json' },
  parameters: { fetch: { 'GET /stub/articles/missing.json': { status: 404, json: { message: 'Not found' } } } },
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('news-article')!;
    await waitFor(() => expect(article.shadowRoot!.querySelector('[role="alert"]')).toHaveTextContent(/404/));
  },
};

/** `src` answers 500. */
export const ServerError: Story = {
  args: { src: '/stub/articles/broken.json' },
  parameters: { fetch: { 'GET /stub/articles/broken.json': { status: 500, text: 'Internal Server Error', headers: { 'Content-Type': 'text/plain' } } } },
};

/** The request fails before any answer (offline, DNS, CORS). */
export const NetworkError: Story = {
  args: { src: '/stub/articles/offline.json' },
  parameters: { fetch: { 'GET /stub/articles/offline.json': { networkError: true } } },
};

/** `src` answers 200 with an HTML page instead of JSON. */
export const NotJson: Story = {
  args: { src: '/stub/articles/page.html' },
  parameters: { fetch: { 'GET /stub/articles/page.html': { text: '<!doctype html><title>Home</title>', headers: { 'Content-Type': 'text/html' } } } },
};

/** JSON that misses a required field (here `headline`): the message names it. */
export const InvalidArticle: Story = {
  args: { data: { ...minimalArticle, headline: '' } },
};

/** A WordPress REST post as `/wp-json/wp/v2/posts/{id}?_embed` answers: title and excerpt as text, the author, featured image and terms from `_embedded`. */
export const FromWordPress: Story = {
  args: { data: wordpressPost() },
};

/** A post from Ghost's Content API (`?include=authors,tags`): authors, primary tag, feature image with alt and caption. */
export const FromGhost: Story = {
  args: { data: ghostPost() },
};

/** A JSON Feed: its first item (`item-id` picks another). */
export const FromJsonFeed: Story = {
  args: { data: jsonFeed() },
};

/** schema.org JSON-LD as an SEO plugin prints it: a `@graph` whose author and image are `@id` references. */
export const FromSchemaOrg: Story = {
  args: { data: schemaGraph() },
};

/**
 * `format="schema"` and nothing else: the article the page already describes in its
 * `<script type="application/ld+json">` (here, the story's own) — and no second JSON-LD copy.
 */
export const FromThePagesJsonLd: Story = {
  args: { format: 'schema' },
  render: (args) => {
    const jsonLd = Object.assign(document.createElement('script'), { type: 'application/ld+json', textContent: JSON.stringify(schemaGraph()) });
    return html`${jsonLd}${meta.render(args)}`;
  },
};

/** JSON in none of the formats: the message says what each format looks for. */
export const NotAnArticle: Story = {
  args: { data: { title: 'A page', content: '<p>Not an article</p>' } },
};

/** The seed body five times over: long reads keep their rhythm. */
export const Long: Story = {
  args: { data: longArticle() },
};

/** On a dark page (`color-scheme: dark`): the article inherits the page's colours. */
export const Dark: Story = {
  args: { data: seedArticle() },
  decorators: [darkPage],
  parameters: { layout: 'fullscreen' },
};

/** French: dates, list joins ("A, B et C") and built-in strings follow `lang`. */
export const French: Story = {
  args: { data: frenchArticle },
  decorators: [pageLanguage('fr')],
};

/**
 * A right-to-left page (`dir="rtl"`, Arabic): the layout mirrors, and the Arabic locale gives
 * every text (the toolbar's Language switch does the same for any story).
 */
export const RightToLeft: Story = {
  args: {
    data: arabicArticle,
  },
  decorators: [pageLanguage('ar', 'rtl')],
};

/** Themed by the host page through `--news-article-…` custom properties and `::part()`. */
export const Themed: Story = {
  args: { data: seedArticle() },
  render: ({ data }) => html`<style>
      .themed {
        --news-article-max-width: 38rem;
        --news-article-accent: #00695c;
        --news-article-font: system-ui, sans-serif;
        --news-article-headline-font: Georgia, serif;
        --news-article-spacing: 1.5rem;
        --news-article-line-height: 1.7;
      }
      .themed::part(section) {
        text-transform: uppercase;
        letter-spacing: 0.08em;
      }
      .themed::part(headline) {
        font-size: 2.6rem;
        line-height: 1.1;
        color: #004d40;
      }
      .themed::part(figure) {
        border-radius: 0.75rem;
        overflow: hidden;
      }
      .themed::part(tag) {
        background: #e0f2f1;
        color: #004d40;
        border-radius: 999px;
        padding: 0.1rem 0.7rem;
      }
    </style>
    <news-article class="themed" .data=${data}></news-article>`,
};

/** Custom strings, e.g. the loading message. */
export const CustomStrings: Story = {
  args: { src: '/stub/articles/slow-custom.json', strings: { loading: 'Fetching the story…' } },
  parameters: { fetch: { 'GET /stub/articles/slow-custom.json': { never: true } } },
  decorators: [column],
};
