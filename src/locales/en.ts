/**
 * English — the elements' built-in language. Each element carries its own part (in its
 * `strings.ts`, so that a page loads only the text of the elements it uses); this module gathers
 * them as one locale, the model every other locale in this folder follows.
 * Checked by: the project's maintainers (the wording of WordPress 6.1's comment form).
 */
import type { Locale } from '../internal/localize.js';
import { en as article } from '../news-article/strings.js';
import { en as byline } from '../news-byline/strings.js';
import { en as commentForm } from '../comment-form/strings.js';
import { en as commentList } from '../comment-list/strings.js';

const en: Locale<'one'> = { tag: 'en', dir: 'ltr', article, byline, commentForm, commentList };
export default en;
