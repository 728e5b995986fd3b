import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import '../../src/comment-list/define.js';
import { LOCALE_IMPORTS } from '../../src/internal/locale-chunks.js';
import { LOCALE_TAGS, localized, matchLocale, registerLocale, setLocaleImports, type LocaleTag } from '../../src/internal/localize.js';
import { fill, plural } from '../../src/internal/messages.js';
import en from '../../src/locales/en.js';
import { fullArticle } from '../fixtures/articles.js';

/** Imports a shipped locale's module as the bundle does. */
const importLocale = (tag: Exclude<LocaleTag, 'en'>) => LOCALE_IMPORTS[tag]();

// The locales the bundle can import, as its loader sets them.
setLocaleImports(LOCALE_IMPORTS);

describe('matchLocale: BCP 47 lookup of the best shipped locale', () => {
  const table: [string, string][] = [
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['FR-ca', 'fr'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['es-419', 'es'],
    ['de-CH', 'de'],
    ['nl-BE', 'nl'],
    ['pl-PL', 'pl'],
    ['it', 'it'],
    ['ar-EG', 'ar'],
    ['he-IL', 'he'],
    ['iw', 'he'], // the old code for Hebrew, canonicalized
    ['hi-IN', 'hi'],
    ['ja-JP', 'ja'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'], // the script asked for wins over the region's usual one
    ['en-GB', 'en'],
    ['sv', 'en'], // not shipped
    ['', 'en'],
    ['not a language!', 'en'], // malformed
  ];
  for (const [lang, tag] of table) {
    it(`should match ${JSON.stringify(lang)} to ${tag}`, () => {
      expect(matchLocale(lang)).to.equal(tag);
    });
  }

  it('should match a registered locale of another language too', () => {
    expect(matchLocale('sv-FI')).to.equal('en');
    setLocaleImports({});
    expect(matchLocale('fr-CA'), 'nothing to import, nothing registered').to.equal('en');
    setLocaleImports(LOCALE_IMPORTS);
    registerLocale({ ...en, tag: 'sv', byline: { ...en.byline, by: 'Av' } });
    expect(matchLocale('sv-FI')).to.equal('sv');
    expect(localized('byline', 'sv-FI', en.byline).by).to.equal('Av');
  });
});

describe('messages: named placeholders and plural categories', () => {
  it('should fill own placeholders only: {constructor} and {__proto__} stay as written', () => {
    expect(fill('{name} {constructor} {__proto__} {toString}', { name: 'Ada' })).to.equal('Ada {constructor} {__proto__} {toString}');
  });

  it('should pick the plural category of the language and write the number in it', () => {
    const arabic = { zero: 'لا تعليقات', one: 'تعليق واحد', two: 'تعليقان', few: '{count} تعليقات', many: '{count} تعليقًا', other: '{count} تعليق' };
    expect(plural(arabic, 0, 'ar')).to.equal('لا تعليقات');
    expect(plural(arabic, 2, 'ar')).to.equal('تعليقان');
    expect(plural(arabic, 3, 'ar')).to.equal(`${(3).toLocaleString('ar')} تعليقات`);
    expect(plural(arabic, 11, 'ar')).to.equal(`${(11).toLocaleString('ar')} تعليقًا`);
    expect(plural(arabic, 100, 'ar')).to.equal(`${(100).toLocaleString('ar')} تعليق`);
    const polish = { one: '{count} komentarz', few: '{count} komentarze', many: '{count} komentarzy', other: '{count} komentarza' };
    expect([1, 3, 5, 22, 25].map((n) => plural(polish, n, 'pl'))).to.deep.equal(['1 komentarz', '3 komentarze', '5 komentarzy', '22 komentarze', '25 komentarzy']);
    expect(plural({ one: '{count} comment', other: '{count} comments' }, 1234, 'en')).to.equal('1,234 comments');
    expect(plural({ other: '{count} commentaires' }, 1234, 'fr')).to.equal('1\u202f234 commentaires');
  });
});

/** Every text node and attribute value an element's shadow root has held, kept as it changes. */
function recordTexts(el: Element): string[] {
  const seen: string[] = [];
  const record = () => {
    const root = el.shadowRoot;
    if (!root) return;
    const text = root.textContent!.replace(/\s+/g, ' ').trim();
    const labels = [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
    seen.push([text, ...labels].join(' | '));
  };
  const observer = new MutationObserver(record);
  // Lit attaches the shadow root when the element connects, before its first render.
  const watch = () => el.shadowRoot && observer.observe(el.shadowRoot, { childList: true, subtree: true, characterData: true, attributes: true });
  if (!watch()) queueMicrotask(() => watch());
  return seen;
}

describe('locales loaded on demand', () => {
  it('should import the German locale before the first render: no English text ever shows', async () => {
    const root = document.createElement('div');
    root.lang = 'de-AT';
    const article = Object.assign(document.createElement('news-article'), { data: { ...fullArticle, language: undefined } });
    const list = Object.assign(document.createElement('comment-list'), {
      comments: [{ id: '1', author: { name: 'Ada' }, content: 'Hallo', date: '2026-01-14T10:00:00Z' }],
    });
    root.append(article, list);
    document.body.append(root);
    const articleTexts = recordTexts(article);
    const listTexts = recordTexts(list);
    await (article as LitElement).updateComplete;
    await (list as LitElement).updateComplete;
    const byline = article.shadowRoot!.querySelector('news-byline') as LitElement;
    const bylineTexts = recordTexts(byline);
    await byline.updateComplete;
    try {
      const german = (await importLocale('de')).default;
      // The first recorded render is already German, and so is every later one.
      expect(listTexts.length, 'renders seen').to.be.greaterThan(0);
      for (const text of listTexts) {
        expect(text).to.contain(plural(german.commentList.heading, 1, 'de'));
        expect(text).not.to.contain('comment');
        expect(text).not.to.contain('Reply');
      }
      for (const text of articleTexts) expect(text).not.to.match(/\bTags\b|Loading/);
      expect(article.shadowRoot!.querySelector('footer ul')!.getAttribute('aria-label')).to.equal(german.article.tags);
      for (const text of bylineTexts) expect(text).not.to.match(/\bBy\b|min read|Updated/);
      expect(byline.shadowRoot!.textContent).to.contain(german.byline.by);
    } finally {
      root.remove();
    }
  });

  it('should keep the old language until the new locale has arrived, then render in it', async () => {
    const root = await fixture<HTMLDivElement>(html`<div lang="en"><comment-form endpoint="/api/comments"></comment-form></div>`);
    const form = root.querySelector('comment-form') as LitElement;
    await form.updateComplete;
    const heading = () => form.shadowRoot!.querySelector('h2')!.textContent!.trim();
    expect(heading()).to.equal('Leave a Reply');
    root.lang = 'ja';
    await new Promise((resolve) => setTimeout(resolve)); // the mutation observer's callback
    await form.updateComplete;
    expect(heading()).to.equal((await importLocale('ja')).default.commentForm.heading);
  });

  it('should show English, and say why in the console, when a locale cannot be loaded', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    setLocaleImports({ ...LOCALE_IMPORTS, hi: () => Promise.reject(new Error('offline')) });
    try {
      const el = await fixture<LitElement>(html`<comment-form lang="hi" endpoint="/api/comments"></comment-form>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Leave a Reply');
      expect(String(warnings[0]?.[0])).to.contain('"hi" locale could not be loaded');
    } finally {
      console.warn = warn;
      setLocaleImports(LOCALE_IMPORTS);
    }
  });

  it('should ship every tag it lists as a module', async () => {
    for (const tag of LOCALE_TAGS.filter((tag): tag is Exclude<LocaleTag, 'en'> => tag !== 'en')) {
      expect((await importLocale(tag)).default.tag).to.equal(tag);
    }
  });
});
