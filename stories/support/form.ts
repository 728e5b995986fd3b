/** Play-function helpers for `<comment-form>`: its fields live in its shadow root. */
import { userEvent, within } from 'storybook/test';
import type { CommentForm } from '../../src/index.js';

export interface Comment {
  content?: string;
  name?: string;
  email?: string;
  url?: string;
}

export const sampleComment: Comment = {
  content: 'Diversifying trade makes sense, but farmers need relief now.',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
};

/** The form element in the story and testing-library queries scoped to its shadow root. */
export async function commentForm(canvasElement: HTMLElement, selector = 'comment-form') {
  const host = canvasElement.querySelector<CommentForm>(selector);
  if (!host) throw new Error(`no ${selector} in the story`);
  await host.updateComplete;
  const root = host.shadowRoot!;
  const fields = {
    content: root.querySelector<HTMLTextAreaElement>('textarea')!,
    name: root.querySelector<HTMLInputElement>('input[autocomplete="name"]')!,
    email: root.querySelector<HTMLInputElement>('input[type="email"]')!,
    url: root.querySelector<HTMLInputElement>('input[type="url"]')!,
  };
  const submit = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  return { host, root, form: within(root as unknown as HTMLElement), fields, submit };
}

/** Types a comment the way a reader does (real key events, field by field). */
export async function typeComment(fields: Awaited<ReturnType<typeof commentForm>>['fields'], comment: Comment = sampleComment): Promise<void> {
  for (const key of ['content', 'name', 'email', 'url'] as const) {
    const value = comment[key];
    if (value === undefined) continue;
    await userEvent.click(fields[key]);
    await userEvent.type(fields[key], value);
  }
}
