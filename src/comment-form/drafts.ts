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

const PREFIX = 'news-elements:comment-draft:';
export const COMMENTER_KEY = 'news-elements:commenter';

function storage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return globalThis[kind];
  } catch {
    return undefined; // SecurityError when storage is blocked
  }
}

function read(kind: 'localStorage' | 'sessionStorage', key: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(storage(kind)?.getItem(key) ?? 'null');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function write(kind: 'localStorage' | 'sessionStorage', key: string, value?: object): void {
  try {
    if (value) storage(kind)?.setItem(key, JSON.stringify(value));
    else storage(kind)?.removeItem(key);
  } catch {
    // quota or blocked storage: the draft stays in the form, which is all we can do
  }
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function commenterOf(data: Record<string, unknown>): Commenter {
  return { name: str(data.name), email: str(data.email), url: str(data.url) };
}

const isEmpty = (c: Commenter): boolean => !c.name && !c.email && !c.url;

/** The storage key of the draft of a comment on `articleId`, replying to `parentId`. */
export function draftKey(articleId: string, parentId: string | null): string {
  return `${PREFIX}${articleId}:${parentId || '0'}`;
}

/** The commenter saved with consent, if any. */
export function loadCommenter(): Commenter | undefined {
  const commenter = commenterOf(read('localStorage', COMMENTER_KEY));
  return isEmpty(commenter) ? undefined : commenter;
}

/** Remembers the commenter (consent given) or forgets them (`undefined`). */
export function saveCommenter(commenter?: Commenter): void {
  write('localStorage', COMMENTER_KEY, commenter && !isEmpty(commenter) ? { name: commenter.name, email: commenter.email, url: commenter.url } : undefined);
}

/** The draft of one form: saved at most `delay` ms after the last change, or at once on `flush()`. */
export class DraftStore {
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: Draft;

  constructor(
    readonly key: string,
    private readonly delay = 250,
  ) {}

  /** The saved draft (empty strings where nothing was saved). */
  load(): Draft {
    const author = commenterOf(read('sessionStorage', this.key));
    return { content: str(read('localStorage', this.key).content), ...author };
  }

  /** Saves `draft` once typing pauses for `delay` ms. */
  schedule(draft: Draft): void {
    this.pending = draft;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  /** Writes the pending draft now (on `pagehide`, and when the form goes away). */
  flush(): void {
    clearTimeout(this.timer);
    const draft = this.pending;
    this.pending = undefined;
    if (!draft) return;
    write('localStorage', this.key, draft.content ? { content: draft.content, saved: Date.now() } : undefined);
    const author = commenterOf(draft as unknown as Record<string, unknown>);
    write('sessionStorage', this.key, isEmpty(author) ? undefined : author);
  }

  /** Forgets the draft (after a success). */
  clear(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    write('localStorage', this.key);
    write('sessionStorage', this.key);
  }
}
