import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { StubHandler } from './support/fetch-stub.js';
import { seedArticle, threadedComments } from './support/data.js';
import { darkPage } from './support/decorators.js';
import { commentForm, typeComment } from './support/form.js';

const ARTICLE = '/stub/page/article.json';
const COMMENTS = '/stub/page/articles/carney-beijing-visit/comments';
const POST = '/stub/page/comments';

/** The reference endpoint's answer to a POST, with auto-approve on (as in `npm start`). */
const post: StubHandler = async (request) => {
  const body = (await request.json()) as { articleId: string; parentId: string | null; content: string; author: { name: string; url: string } };
  return {
    status: 201,
    json: {
      id: Math.floor(Math.random() * 1e6),
      articleId: body.articleId,
      parentId: body.parentId,
      author: { name: body.author.name, url: body.author.url || null },
      content: body.content,
      date: new Date().toISOString(),
      status: 'approved',
    },
  };
};

const page = () => html`<news-article src=${ARTICLE}>
  <section aria-label="Comments" style="display: grid; gap: 2.5rem; margin-block-start: 2.5rem;">
    <comment-list src=${COMMENTS} endpoint=${POST}></comment-list>
    <comment-form endpoint=${POST}></comment-form>
  </section>
</news-article>`;

/**
 * The four elements together, as on the demo page (`demo/index.html`): the article from `src`,
 * its byline, the comment thread and the form. The byline, list and form take the article's id
 * from `<news-article>` (context): none of them has an `article-id`. Posting a comment adds it to
 * the thread at once; Reply opens a form under a comment.
 */
const meta = {
  title: 'Pages/Article page',
  tags: ['autodocs'],
  render: page,
  parameters: {
    layout: 'padded',
    fetch: {
      [`GET ${ARTICLE}`]: () => ({ json: seedArticle() }),
      [`GET ${COMMENTS}`]: { json: threadedComments },
      [`POST ${POST}`]: post,
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const ArticlePage: Story = {
  name: 'Article page',
};

/** A comment posted from the page's form appears in the thread at once. */
export const PostingAComment: Story = {
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('comment-list')!;
    await waitFor(() => expect(list.shadowRoot!.querySelector('h2')).toHaveTextContent('6 comments'));
    const { fields, submit } = await commentForm(canvasElement);
    await typeComment(fields, { content: 'Posted from the story.', name: 'Story Teller', email: 'story@example.com' });
    await userEvent.click(submit);
    await waitFor(() => expect(list.shadowRoot!.querySelector('h2')).toHaveTextContent('7 comments'));
    await expect(list.shadowRoot!.textContent).toContain('Posted from the story.');
  },
};

/** The whole page on a dark host page. */
export const Dark: Story = {
  decorators: [darkPage],
  parameters: { layout: 'fullscreen' },
};
