import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { CommentFormStrings } from '../src/index.js';
import type { StubHandler } from './support/fetch-stub.js';
import { column, darkPage, pageLanguage } from './support/decorators.js';
import { commentForm, sampleComment, typeComment } from './support/form.js';

interface Args {
  endpoint?: string;
  articleId?: string;
  parentId?: string;
  replyTo?: string;
  format?: 'json' | 'form' | 'wordpress';
  timeout?: number;
  credentials?: RequestCredentials;
  requireNameEmail?: boolean;
  maxlength?: number;
  heading?: string;
  headers?: Record<string, string>;
  strings?: Partial<CommentFormStrings>;
}

/** A comments endpoint that accepts everything, answering like the reference server does. */
const accept =
  (status: 'pending' | 'approved'): StubHandler =>
  async (request) => {
    const body = (await request.json()) as { articleId?: string; parentId?: string | null; content?: string; author?: { name?: string; url?: string } };
    return {
      status: 201,
      json: {
        id: Math.floor(Math.random() * 1e6),
        articleId: body.articleId,
        parentId: body.parentId ?? null,
        author: { name: body.author?.name ?? '', url: body.author?.url || null },
        content: body.content,
        date: new Date().toISOString(),
        status,
      },
    };
  };

const meta = {
  title: 'Elements/comment-form',
  component: 'comment-form',
  tags: ['autodocs'],
  decorators: [column],
  render: (args) =>
    html`<comment-form
      endpoint=${ifDefined(args.endpoint)}
      article-id=${ifDefined(args.articleId)}
      parent-id=${ifDefined(args.parentId)}
      reply-to=${ifDefined(args.replyTo)}
      format=${ifDefined(args.format)}
      timeout=${ifDefined(args.timeout)}
      credentials=${ifDefined(args.credentials)}
      require-name-email=${ifDefined(args.requireNameEmail === undefined ? undefined : String(args.requireNameEmail))}
      maxlength=${ifDefined(args.maxlength)}
      heading=${ifDefined(args.heading)}
      .headers=${args.headers ?? {}}
      .strings=${args.strings ?? {}}
      @comment-submit=${action('comment-submit')}
      @comment-success=${action('comment-success')}
      @comment-error=${action('comment-error')}
      @comment-cancel=${action('comment-cancel')}
    ></comment-form>`,
  args: { endpoint: '/stub/comments/pending', articleId: 'carney-beijing-visit' },
  argTypes: {
    format: { control: 'inline-radio', options: ['json', 'form', 'wordpress'] },
    credentials: { control: 'inline-radio', options: ['omit', 'same-origin', 'include'] },
    requireNameEmail: { control: 'boolean' },
    timeout: { control: { type: 'number', min: 0, step: 1000 } },
    maxlength: { control: { type: 'number', min: 1 } },
  },
  parameters: {
    fetch: {
      'POST /stub/comments/pending': accept('pending'),
      'POST /stub/comments/approved': accept('approved'),
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The empty form, as a reader first meets it. Posting works: the story's endpoint holds comments for moderation. */
export const Empty: Story = {};

/** "Post Comment" on an empty form: every problem shown on its field, counted in the alert, focus on the first. */
export const ErrorsShown: Story = {
  play: async ({ canvasElement }) => {
    const { host, root, fields, submit } = await commentForm(canvasElement);
    await userEvent.click(submit);
    await host.updateComplete;
    await expect(fields.content).toHaveAttribute('aria-invalid', 'true');
    await expect(fields.name).toHaveAttribute('aria-invalid', 'true');
    await expect(fields.email).toHaveAttribute('aria-invalid', 'true');
    await expect(fields.url).not.toHaveAttribute('aria-invalid');
    await expect(fields.content).toHaveAccessibleDescription(/type your comment/i);
    await expect(root.querySelector('[role="alert"]')).toHaveTextContent(/3 fields/);
    await expect(root.activeElement).toBe(fields.content);
  },
};

/** Errors update as the reader fixes them; a malformed email or website gets its own message when the field is left. */
export const ValidationFlow: Story = {
  play: async ({ canvasElement }) => {
    const { host, root, fields, submit } = await commentForm(canvasElement);
    await userEvent.click(submit);
    await host.updateComplete;
    await expect(root.querySelector('[role="alert"]')).toHaveTextContent(/3 fields/);

    await userEvent.type(fields.content, 'Good reporting.');
    await host.updateComplete;
    await expect(fields.content).not.toHaveAttribute('aria-invalid');
    await expect(root.querySelector('[role="alert"]')).toHaveTextContent(/2 fields/);

    await userEvent.click(fields.name);
    await userEvent.type(fields.name, 'Ada');
    await userEvent.click(fields.email);
    await userEvent.type(fields.email, 'ada@');
    await userEvent.click(fields.url);
    await host.updateComplete;
    await expect(fields.email).toHaveAttribute('aria-invalid', 'true');
    await expect(fields.email).toHaveAccessibleDescription(/valid email address/i);

    await userEvent.click(fields.email);
    await userEvent.type(fields.email, 'example.com');
    await host.updateComplete;
    await expect(fields.email).not.toHaveAttribute('aria-invalid');
    await expect(host.checkValidity()).toBe(true);
  },
};

/** While the comment is being sent (this story's endpoint never answers): "Posting…", fields read-only. */
export const Sending: Story = {
  args: { endpoint: '/stub/comments/slow' },
  parameters: { fetch: { 'POST /stub/comments/slow': { never: true } } },
  play: async ({ canvasElement }) => {
    const { host, fields, submit } = await commentForm(canvasElement);
    await typeComment(fields);
    await userEvent.click(submit);
    await host.updateComplete;
    await expect(submit).toHaveTextContent(/Posting/);
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await expect(fields.content).toHaveAttribute('readonly');
  },
};

/** Posted, held for moderation (`{ "status": "pending" }`): the form is cleared and says so. */
export const SuccessPending: Story = {
  play: async ({ canvasElement }) => {
    const { root, fields, submit } = await commentForm(canvasElement);
    await typeComment(fields);
    await userEvent.click(submit);
    await waitFor(() => expect(root.querySelector('[role="status"]')).toHaveTextContent(/awaiting moderation/));
    await expect(fields.content).toHaveValue('');
  },
};

/** Posted and published at once (`{ "status": "approved" }`). */
export const SuccessApproved: Story = {
  args: { endpoint: '/stub/comments/approved' },
  play: async ({ canvasElement }) => {
    const { root, fields, submit } = await commentForm(canvasElement);
    await typeComment(fields);
    await userEvent.click(submit);
    await waitFor(() => expect(root.querySelector('[role="status"]')).toHaveTextContent(/has been posted/));
  },
};

/** The endpoint answers 500: a plain-language alert, the text kept, and "Try again". */
export const ServerError: Story = {
  args: { endpoint: '/stub/comments/error-500' },
  parameters: {
    fetch: { 'POST /stub/comments/error-500': { status: 500, text: '<html><body><h1>Internal Server Error</h1></body></html>', headers: { 'Content-Type': 'text/html' } } },
  },
  play: async ({ canvasElement }) => {
    const { root, fields, submit } = await commentForm(canvasElement);
    await typeComment(fields);
    await userEvent.click(submit);
    await waitFor(() => expect(root.querySelector('[role="alert"]')).toHaveTextContent(/problem/));
    await expect(root.querySelector('[role="alert"] button')).toHaveTextContent(/Try again/);
    await expect(fields.content).toHaveValue(sampleComment.content);
  },
};

/** 429 with `Retry-After: 120`: the reader is told when to try again. */
export const TooManyRequests: Story = {
  args: { endpoint: '/stub/comments/error-429' },
  parameters: {
    fetch: {
      'POST /stub/comments/error-429': { status: 429, headers: { 'Retry-After': '120' }, json: { code: 'rate_limited', message: '' } },
    },
  },
  play: async ({ canvasElement }) => {
    const { root, fields, submit } = await commentForm(canvasElement);
    await typeComment(fields);
    await userEvent.click(submit);
    await waitFor(() => expect(root.querySelector('[role="alert"]')).toHaveTextContent(/too quickly.*2 minutes/));
  },
};

/** The request never reaches a server (offline). */
export const NetworkFailure: Story = {
  args: { endpoint: '/stub/comments/offline' },
  parameters: { fetch: { 'POST /stub/comments/offline': { networkError: true } } },
  play: async ({ canvasElement }) => {
    const { root, fields, submit } = await commentForm(canvasElement);
    await typeComment(fields);
    await userEvent.click(submit);
    await waitFor(() => expect(root.querySelector('[role="alert"]')).toHaveTextContent(/connection/));
  },
};

/** 422 with `{ "errors": { "email": "…" } }`: the server's message lands on its field. */
export const ServerFieldErrors: Story = {
  args: { endpoint: '/stub/comments/error-422' },
  parameters: {
    fetch: { 'POST /stub/comments/error-422': { status: 422, json: { errors: { email: 'This email address is blocked on this site.' } } } },
  },
  play: async ({ canvasElement }) => {
    const { host, fields, submit } = await commentForm(canvasElement);
    await typeComment(fields);
    await userEvent.click(submit);
    await waitFor(() => expect(fields.email).toHaveAttribute('aria-invalid', 'true'));
    await host.updateComplete;
    await expect(fields.email).toHaveAccessibleDescription(/blocked on this site/);
  },
};

/** Replying to a comment: "Leave a Reply to Ada Lovelace" and a "Cancel reply" button (`comment-cancel`). */
export const ReplyMode: Story = {
  args: { parentId: 'c1', replyTo: 'Ada Lovelace' },
};

/** Name and email optional (`require-name-email="false"`). */
export const NameAndEmailOptional: Story = {
  args: { requireNameEmail: false },
};

/** No `endpoint`: the form says it is not set up instead of pretending to work. */
export const NoEndpoint: Story = {
  args: { endpoint: undefined },
};

/** French, from the page's `lang`. */
export const French: Story = {
  decorators: [pageLanguage('fr')],
  play: async ({ canvasElement }) => {
    const { host, root, submit } = await commentForm(canvasElement);
    await userEvent.click(submit);
    await host.updateComplete;
    await expect(root.querySelector('[role="alert"]')).toHaveTextContent(/3 champs/);
  },
};

/** On a dark page: the form follows `color-scheme`. Errors shown, to see every colour. */
export const Dark: Story = {
  decorators: [darkPage],
  parameters: { layout: 'fullscreen' },
  play: ErrorsShown.play,
};

/** Every visible string can be replaced through the `strings` property. */
export const CustomStrings: Story = {
  args: {
    strings: {
      heading: 'Join the conversation',
      emailNote: 'We never show your email.',
      requiredNote: 'Fields marked * are required.',
      comment: 'Your comment',
      submit: 'Publish',
      contentMissing: 'Write something first.',
    },
  },
};

/** Themed by the page: `--comment-form-…` custom properties and `::part()`. */
export const Themed: Story = {
  render: (args) => html`<style>
      .themed {
        --comment-form-accent: #00695c;
        --comment-form-radius: 0.75rem;
        --comment-form-gap: 1.25rem;
        --comment-form-border-color: #80cbc4;
        font-family: system-ui, sans-serif;
      }
      .themed::part(heading) {
        font-family: Georgia, serif;
      }
      .themed::part(button) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
    </style>
    <comment-form class="themed" endpoint=${ifDefined(args.endpoint)} article-id=${ifDefined(args.articleId)}></comment-form>`,
};
