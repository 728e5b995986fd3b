/**
 * Where the moderation token is kept: `sessionStorage` (gone when the tab closes), one key per
 * endpoint. Storage that is turned off or full is not an error: the token then lives as long as
 * the element, and the moderator signs in on each visit.
 */

/** The sessionStorage key of a token, followed by the absolute endpoint. */
export const TOKEN_KEY_PREFIX = 'news-elements:moderation-token:';

export function readToken(key: string): string | undefined {
  try {
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `token` under `key`; `undefined` forgets it. */
export function writeToken(key: string, token: string | undefined): void {
  try {
    if (token === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, token);
  } catch {
    // turned off or full: see above
  }
}
