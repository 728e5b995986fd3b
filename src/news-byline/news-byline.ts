import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { articleContext } from '../context.js';
import type { Author } from '../model/article.js';
import { normalizeAuthors, parseAuthorsAttribute } from '../internal/authors.js';
import { formatDate, isSameDay, languageOf, listParts, parseDate } from '../internal/locale.js';
import { LanguageController } from '../internal/language-controller.js';
import { localized } from '../internal/localize.js';
import { plural } from '../internal/messages.js';
import { en, type BylineStrings } from './strings.js';
import { newsBylineStyles } from './news-byline.styles.js';

/** Words a reader reads per minute, for the reading time. */
const WORDS_PER_MINUTE = 230;

const SHORT_TIME: Intl.DateTimeFormatOptions = { timeStyle: 'short' };

/**
 * "By A, B and C" with links, avatars, roles, published/updated times and the reading time.
 *
 * @tagname news-byline
 * @summary The byline of an article. Standalone with attributes, or fed by an enclosing
 * `<news-article>` through context.
 *
 * @csspart byline - The wrapper.
 * @csspart avatar - Each author's image.
 * @csspart author - Each author's name (a link with `rel="author"` when a URL is known).
 * @csspart role - Each author's role.
 * @csspart dates - The published and updated times.
 * @csspart reading-time - "4 min read".
 *
 * @cssprop [--news-byline-avatar-size=2.5rem] - Avatar diameter.
 * @cssprop [--news-byline-muted=var(--news-muted)] - Colour of dates and roles.
 */
export class NewsByline extends LitElement {
  static override styles = newsBylineStyles;

  static override properties = {
    authors: { converter: parseAuthorsAttribute }, // a function converter is `fromAttribute`
    published: {},
    modified: {},
    wordCount: { type: Number, attribute: 'word-count' },
    strings: { attribute: false },
  };

  /**
   * The authors. As an attribute: JSON (`[{"name":"Ada","url":"…"}]`) or a single name. When unset,
   * the enclosing article's authors are used. Untrusted either way: names render as text and URLs
   * are checked when rendered.
   */
  authors?: Author[];

  /** Publication date (ISO 8601). Defaults to the enclosing article's. */
  published?: string;

  /** Last update (ISO 8601); "Updated …" is shown when it differs from `published`. */
  modified?: string;

  /** Words in the body, for the reading time. Defaults to the enclosing article's word count. */
  wordCount?: number;

  /** Overrides for any visible text (see `BylineStrings`); the page's language picks the rest. */
  strings: Partial<BylineStrings> = {};

  /** The enclosing `<news-article>`'s article; re-renders when it changes. */
  #context = new ContextConsumer(this, { context: articleContext, subscribe: true });
  /** Renders again when the page's language changes, in that language's locale. */
  #language = new LanguageController(this);

  /** Each render waits for the locale of the element's language (on a French page, no English first). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#language.beforeUpdate(() => super.scheduleUpdate());
  }

  #renderNames(authors: Author[], lang: string): (TemplateResult | string)[] {
    let index = 0;
    // The list format decides the words and commas ("A, B and C", "A, B et C"); each element part
    // is replaced by that author's linked name.
    return listParts(authors.map((a) => a.name), lang).map((part) => {
      if (part.type !== 'element') return part.value;
      const author = authors[index++];
      const name = author.url
        ? html`<a part="author" rel="author" dir="auto" href=${author.url}>${author.name}</a>`
        : html`<span part="author" dir="auto">${author.name}</span>`;
      // `dir="auto"` isolates each name and role: a right-to-left name (or a stray direction mark)
      // cannot reorder the words around it.
      return author.role ? html`${name}<span class="role" part="role">, <bdi>${author.role}</bdi></span>` : name;
    });
  }

  protected override render() {
    const article = this.#context.value;
    // The property may be set to anything by the host page: it is normalized like article JSON.
    const authors = this.authors ? normalizeAuthors(this.authors) : (article?.authors ?? []);
    const lang = languageOf(this);
    const text = localized('byline', lang, en, this.strings);
    const published = parseDate(this.published ?? article?.published);
    const modified = parseDate(this.modified ?? article?.modified);
    // Only shown with the publication date it updates.
    const updated = published && modified && modified.getTime() !== published.getTime() ? modified : undefined;
    // An update on the day of publication only needs its time: "Updated 3:05 PM".
    const sameDay = published !== undefined && updated !== undefined && isSameDay(updated, published);
    const words = this.wordCount ?? article?.wordCount;
    // Two renderings of each date; the stylesheet shows the short one in a narrow container, so a
    // phone's byline keeps dates and reading time on one line.
    const time = (date: Date, { long, short }: { long?: Intl.DateTimeFormatOptions; short: Intl.DateTimeFormatOptions }) =>
      html`<time datetime=${date.toISOString()}
        ><span class="long">${formatDate(date, lang, long)}</span><span class="short">${formatDate(date, lang, short)}</span></time
      >`;
    const avatars = authors.filter((author) => author.image);
    return html`<div class="byline" part="byline">
      ${avatars.length
        ? html`<span class="avatars">
            ${avatars.map((author) => html`<img part="avatar" src=${author.image!} alt="" width="40" height="40" />`)}
          </span>`
        : nothing}
      <span class="text">
        ${authors.length ? html`<span class="names">${text.by} ${this.#renderNames(authors, lang)}</span>` : nothing}
        <span class="details">
          ${published
            ? html`<span class="dates" part="dates">
                ${time(published, { short: { dateStyle: 'medium' } })}
                ${updated
                  ? html`<span>${text.updated} ${time(updated, sameDay ? { long: SHORT_TIME, short: SHORT_TIME } : { short: { dateStyle: 'medium' } })}</span>`
                  : nothing}
              </span>`
            : nothing}
          ${words
            ? html`<span part="reading-time">
                ${plural(text.minRead, Math.max(1, Math.round(words / WORDS_PER_MINUTE)), lang)}
              </span>`
            : nothing}
        </span>
      </span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-byline': NewsByline;
  }
}
