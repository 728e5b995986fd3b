/**
 * How much untrusted input the elements take at once. Every number a hostile server or commenter
 * could otherwise turn into a frozen tab lives here, once; the README's "Security" section lists them.
 */

/** Bytes read of the answer to a posted comment (a comment server's reply is a few hundred bytes). */
export const MAX_SUBMIT_RESPONSE_BYTES = 64 * 1024;

/** Bytes read of one page of comments (100 comments at WordPress's 65,525 characters fit). */
export const MAX_COMMENTS_RESPONSE_BYTES = 8 * 1024 * 1024;

/** Bytes read of an article fetched by `src`. */
export const MAX_ARTICLE_RESPONSE_BYTES = 2 * 1024 * 1024;

/** Characters of article body (HTML or the text of all blocks together) that are rendered. */
export const MAX_ARTICLE_BODY_CHARS = 500_000;

/** Blocks of an article body that are rendered. */
export const MAX_ARTICLE_BLOCKS = 2_000;

/**
 * Elements open at once in a piece of untrusted HTML (far deeper than any real article or comment
 * nests). Past it the markup is shown as text: the browser's parser slows with the square of it.
 */
export const MAX_OPEN_ELEMENTS = 1_000;

/**
 * How deep the sanitizers keep elements in a piece of untrusted HTML; deeper ones are unwrapped
 * (their text stays). Far deeper than any article nests, and well under the depth at which a
 * browser's parser stops nesting (512 in Chromium) — past that, browsers and the server's parser
 * would build different trees from the same markup.
 */
export const MAX_NESTING_DEPTH = 200;

/** Authors and tags shown (the rest of a longer list is dropped when the article is normalized). */
export const MAX_AUTHORS = 10;
export const MAX_TAGS = 20;

/** Characters of a comment whose URLs are made links; a longer text is shown as plain text. */
export const MAX_LINKIFIED_CHARS = 70_000;

/** A URL longer than this is not made a link (browsers and servers stop at about 2 KB too). */
export const MAX_URL_CHARS = 2_048;

/** Comments rendered at once; "Show more" renders the next batch. */
export const RENDER_BATCH = 100;

/** The deepest reply level a list nests (its `max-depth` is clamped to this). */
export const MAX_THREAD_DEPTH = 10;

/** Milliseconds before a request is given up: the list's fetches, the form's posts (its default `timeout`). */
export const REQUEST_TIMEOUT_MS = 15_000;
