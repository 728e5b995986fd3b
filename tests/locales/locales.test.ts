import { expect } from '@open-wc/testing';
import { LOCALE_IMPORTS } from '../../src/internal/locale-chunks.js';
import { LOCALE_TAGS, type AnyLocale, type LocaleTag } from '../../src/internal/localize.js';
import en from '../../src/locales/en.js';

const GROUPS = ['article', 'byline', 'commentForm', 'commentList'] as const;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

async function load(tag: LocaleTag): Promise<AnyLocale> {
  return tag === 'en' ? en : (await LOCALE_IMPORTS[tag]()).default;
}

describe('locales: every text of every element, in every shipped language', () => {
  for (const tag of LOCALE_TAGS) {
    it(`${tag}: has every key, the placeholders of each, and one text per plural category of ${tag}`, async () => {
      const locale = await load(tag);
      expect(locale.tag).to.equal(tag);
      expect(locale.dir).to.equal(tag === 'ar' || tag === 'he' ? 'rtl' : 'ltr');
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories.slice().sort();
      expect(Object.keys(locale).sort()).to.deep.equal(['article', 'byline', 'commentForm', 'commentList', 'dir', 'tag']);
      for (const group of GROUPS) {
        const english = en[group] as unknown as Record<string, string | Record<string, string>>;
        const texts = locale[group] as unknown as Record<string, string | Record<string, string>>;
        expect(Object.keys(texts).sort(), `${tag} ${group} keys`).to.deep.equal(Object.keys(english).sort());
        for (const [key, model] of Object.entries(english)) {
          const text = texts[key];
          const where = `${tag} ${group}.${key}`;
          if (typeof model === 'string') {
            expect(text, where).to.be.a('string').and.match(/\S/);
            expect(placeholders(text as string), `${where} placeholders`).to.deep.equal(placeholders(model));
            expect(text, `${where}: WordPress's %s left in`).not.to.contain('%');
          } else {
            expect(text, where).to.be.an('object');
            expect(Object.keys(text).sort(), `${where} plural categories`).to.deep.equal(categories);
            for (const [category, form] of Object.entries(text as Record<string, string>)) {
              expect(form, `${where}.${category}`).to.match(/\S/);
              // A form may leave the number out ("تعليقان": two comments), never add another placeholder.
              for (const name of placeholders(form)) expect(placeholders(model.other), `${where}.${category}`).to.include(name);
            }
            expect(placeholders((text as Record<string, string>).other), `${where}.other shows the number`).to.include('count');
          }
        }
      }
      // The Reply button's accessible name holds its visible word, as a word (axe: label-content-name-mismatch).
      const label = locale.commentList.replyTo.replace('{name}', 'Ada').toLowerCase();
      const word = locale.commentList.reply.toLowerCase();
      const wordsApart = !/^(ja|zh)/.test(tag); // Japanese and Chinese do not separate words with spaces
      if (wordsApart) expect(label.split(/\s+/), `${tag} replyTo`).to.include.members(word.split(/\s+/));
      else expect(label, `${tag} replyTo`).to.contain(word);
      if (tag !== 'en') {
        // Translated, not copied: the form's heading and button and the list's heading differ from English.
        expect(locale.commentForm.heading).not.to.equal(en.commentForm.heading);
        expect(locale.commentForm.submit).not.to.equal(en.commentForm.submit);
        expect(locale.commentList.heading.other).not.to.equal(en.commentList.heading.other);
      }
    });
  }
});
