import { html } from 'lit';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { CommentModeration, ModerationComment, ModerationStatus } from '../src/index.js';
import type { FetchRoutes, StubHandler } from './support/fetch-stub.js';
import { darkPage } from './support/decorators.js';
import { TOKEN_KEY_PREFIX } from '../src/comment-moderation/session.js';

interface Args {
  /** The API root; each story has its own, answered inside the page (`parameters.fetch`). */
  endpoint: string;
  /** Story only: a token already in sessionStorage (as after signing in), so the queue shows at once. */
  signedIn: boolean;
}

const at = (minutesAgo: number) => new Date(Date.parse('2026-01-14T12:00:00Z') - minutesAgo * 60_000).toISOString();

const queue: ModerationComment[] = [
  {
    id: 14, articleId: 'carney-beijing-visit', parentId: 9, status: 'pending', date: at(4),
    author: { name: 'Priya Raman', email: 'priya@example.com', url: 'https://priya.example', addressHash: '3f9a1c0d5e7b2a64' },
    content: 'Good point about the canola tariffs — the farmers near me have been waiting months.\n\nSource: https://stats.example/canola',
    parent: { id: 9, author: { name: 'Tom Becker' }, content: 'Nobody is talking about what this means for canola exports.', status: 'approved' },
  },
  {
    id: 13, articleId: 'carney-beijing-visit', parentId: null, status: 'pending', date: at(31),
    author: { name: 'cheap-pills-4u', email: 'x@spam.example', url: 'http://pills.example', addressHash: 'aa00ff00aa00ff00' },
    content: '<img src=x onerror="alert(1)"> BEST PRICES click here http://pills.example',
    parent: null,
  },
  {
    id: 11, articleId: 'budget-2026', parentId: null, status: 'pending', date: at(240),
    author: { name: 'Jean Tremblay', email: 'jean@example.ca', url: null, addressHash: null },
    content: 'The deficit numbers in the third paragraph don’t match the table.',
    parent: null,
  },
];

const counts = { pending: 3, approved: 41, spam: 7, trash: 2 };
const page = (comments: ModerationComment[], status: ModerationStatus = 'pending') => ({
  comments: comments.filter((comment) => comment.status === status),
  counts: comments.length ? counts : { pending: 0, approved: 0, spam: 0, trash: 0 },
  next: null,
});

/** Approves, spams, trashes… whatever is asked: answers with the comments changed. */
const bulk: StubHandler = async (request) => {
  const { ids, action: act } = (await request.json()) as { ids: number[]; action: string };
  const status = ({ approve: 'approved', unapprove: 'pending', spam: 'spam', trash: 'trash', restore: 'pending' } as Record<string, ModerationStatus>)[act];
  const changed = queue.filter((comment) => ids.includes(comment.id));
  return {
    json: {
      comments: status ? changed.map((comment) => ({ ...comment, status })) : [],
      previous: changed.map(({ id, status: before }) => ({ id, status: before })),
      deleted: status ? [] : ids,
      missing: [],
    },
  };
};

/** The routes of a signed-in queue under `root`. */
const queueRoutes = (root: string, comments: ModerationComment[]): FetchRoutes => ({
  [`GET ${root}/comments`]: (request) => ({ json: page(comments, (new URL(request.url).searchParams.get('status') as ModerationStatus) || 'pending') }),
  [`POST ${root}/comments/bulk`]: bulk,
});

const meta = {
  title: 'Elements/comment-moderation',
  component: 'comment-moderation',
  tags: ['autodocs'],
  render: (args) => {
    const key = TOKEN_KEY_PREFIX + new URL(args.endpoint, document.baseURI).href;
    if (args.signedIn) sessionStorage.setItem(key, 'story-token');
    else sessionStorage.removeItem(key);
    return html`<comment-moderation
      endpoint=${args.endpoint}
      @comment-moderation-action=${action('comment-moderation-action')}
      @comment-moderation-error=${action('comment-moderation-error')}
      @comment-moderation-signin=${action('comment-moderation-signin')}
      @comment-moderation-signout=${action('comment-moderation-signout')}
    ></comment-moderation>`;
  },
  args: { endpoint: '/stub/moderation/signed-out', signedIn: false },
  argTypes: { signedIn: { control: 'boolean' } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const element = (canvas: HTMLElement) => canvas.querySelector<CommentModeration>('comment-moderation')!;

/** Types a token and submits the form, as a moderator would. */
async function submitToken(canvas: HTMLElement, token: string): Promise<void> {
  const root = element(canvas).shadowRoot!;
  root.querySelector<HTMLInputElement>('#token')!.value = token;
  root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
}

/** Not signed in: the token form. */
export const SignedOut: Story = {};

/** The server answers 401: "That token is not right", and the field keeps what was typed. */
export const WrongToken: Story = {
  args: { endpoint: '/stub/moderation/wrong-token' },
  parameters: {
    fetch: { 'GET /stub/moderation/wrong-token/comments': { status: 401, json: { code: 'unauthorized', message: 'A valid moderation token is required.' }, headers: { 'WWW-Authenticate': 'Bearer' } } },
  },
  play: async ({ canvasElement }) => {
    await submitToken(canvasElement, 'not-it');
    await waitFor(() => expect(element(canvasElement).shadowRoot!.querySelector('[role=alert]')).toHaveTextContent('That token is not right'));
  },
};

/** The server was started without MODERATION_TOKEN: 404 `moderation_disabled`. */
export const ModerationDisabled: Story = {
  args: { endpoint: '/stub/moderation/disabled' },
  parameters: {
    fetch: { 'GET /stub/moderation/disabled/comments': { status: 404, json: { code: 'moderation_disabled', message: 'Moderation is not enabled on this server.' } } },
  },
  play: async ({ canvasElement }) => {
    await submitToken(canvasElement, 'any');
    await waitFor(() => expect(element(canvasElement).shadowRoot!.querySelector('[role=alert]')).toHaveTextContent('MODERATION_TOKEN'));
  },
};

/** Signed in: the pending comments, one in reply to another, one hostile (shown as text). */
export const Pending: Story = {
  args: { endpoint: '/stub/moderation/pending', signedIn: true },
  parameters: { fetch: queueRoutes('/stub/moderation/pending', queue) },
  play: async ({ canvasElement }) => {
    const root = element(canvasElement).shadowRoot!;
    await waitFor(() => expect(root.querySelectorAll('[part~=comment]')).toHaveLength(3));
    await expect(root.querySelector('[part~=comment] img')).toBeNull();
  },
};

/** The same queue on a dark page. */
export const PendingDark: Story = {
  args: { endpoint: '/stub/moderation/pending-dark', signedIn: true },
  decorators: [darkPage],
  parameters: { fetch: queueRoutes('/stub/moderation/pending-dark', queue) },
};

/** Nothing awaits moderation. */
export const Empty: Story = {
  args: { endpoint: '/stub/moderation/empty', signedIn: true },
  parameters: { fetch: queueRoutes('/stub/moderation/empty', []) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(element(canvasElement).shadowRoot!.querySelector('[part=empty]')).toHaveTextContent('No comments awaiting moderation.'));
  },
};

/** The database is down (503): an alert with Try again. */
export const LoadError: Story = {
  args: { endpoint: '/stub/moderation/unavailable', signedIn: true },
  parameters: {
    fetch: { 'GET /stub/moderation/unavailable/comments': { status: 503, json: { code: 'unavailable', message: 'Comments are unavailable for a moment.', retryAfter: 5 }, headers: { 'Retry-After': '5' } } },
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(element(canvasElement).shadowRoot!.querySelector('.failed[role=alert]')).toHaveTextContent('503'));
  },
};

/** While the queue loads (this story's server never answers). */
export const Loading: Story = {
  args: { endpoint: '/stub/moderation/slow', signedIn: true },
  parameters: { fetch: { 'GET /stub/moderation/slow/comments': { never: true } } },
};
