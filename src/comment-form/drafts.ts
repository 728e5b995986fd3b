/**
 * Never losing a word: the comment being typed is kept in `localStorage` (per article and parent),
 * the name/email/website typed with it only in `sessionStorage`. Name, email and website reach
 * `localStorage` only as the "remembered commenter", written when a comment was posted with the
 * consent box ticked and removed when one was posted with it unticked.
 *
 * Storage can be missing or throw (private modes, sandboxed iframes, full quota): every access is
 * guarded, and the form then simply works without drafts.
 */

export interface Commenter {
  name: string;
  email: string;
  url: string;
}

export interface Draft extends Commenter {
  content: string;
}

type Area = 'localStorage' | 'sessionStorage';

export const COMMENTER_KEY = 'news-elements:commenter';

/** A stored JSON value as an object (`{}` when missing, malformed or blocked). */
function read(area: Area, key: string): Record<string, unknown> {
  try {
    return Object(JSON.parse(globalThis[area].getItem(key)!));
  } catch {
    return {};
  }
}

/** Stores `value` as JSON, or removes the key without one. */
function write(area: Area, key: string, value?: object): void {
  try {
    if (value) globalThis[area].setItem(key, JSON.stringify(value));
    else globalThis[area].removeItem(key);
  } catch {
    // quota or blocked storage: the draft stays in the form, which is all we can do
  }
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Name, email and website of stored data; `undefined` when all are empty. */
function commenterOf(data: { [K in keyof Commenter]?: unknown }): Commenter | undefined {
  const commenter = { name: str(data.name), email: str(data.email), url: str(data.url) };
  return commenter.name || commenter.email || commenter.url ? commenter : undefined;
}

/** The storage key of the draft of a comment on `articleId`, replying to `parentId`. */
export const draftKey = (articleId: string, parentId: string | null): string => `news-elements:comment-draft:${articleId}:${parentId || 0}`;

/** The commenter saved with consent, if any. */
export const loadCommenter = (): Commenter | undefined => commenterOf(read('localStorage', COMMENTER_KEY));

/** Remembers the commenter (consent given) or forgets them (`undefined`). */
export const saveCommenter = (commenter?: Commenter): void => write('localStorage', COMMENTER_KEY, commenter && commenterOf(commenter));

const EMPTY: Draft = { content: '', name: '', email: '', url: '' };

/** The draft of one form: saved at most `delay` ms after the last change, or at once on `flush()`. */
export class DraftStore {
  readonly key: string;
  #delay: number;
  #timer?: ReturnType<typeof setTimeout>;
  #pending?: Draft;

  constructor(key: string, delay = 250) {
    this.key = key;
    this.#delay = delay;
  }

  /** The saved draft (empty strings where nothing was saved). */
  load(): Draft {
    return { ...EMPTY, ...commenterOf(read('sessionStorage', this.key)), content: str(read('localStorage', this.key).content) };
  }

  /** Saves `draft` once typing pauses for `delay` ms. */
  schedule(draft: Draft): void {
    this.#pending = draft;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delay);
  }

  /** Writes the pending draft now (on `pagehide`, and when the form goes away). */
  flush(): void {
    const draft = this.#pending;
    clearTimeout(this.#timer);
    this.#pending = undefined;
    if (draft) {
      write('localStorage', this.key, draft.content ? { content: draft.content } : undefined);
      write('sessionStorage', this.key, commenterOf(draft));
    }
  }

  /** Forgets the draft (after a success). */
  clear(): void {
    this.#pending = EMPTY;
    this.flush();
  }
}
