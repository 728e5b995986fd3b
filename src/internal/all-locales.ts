/**
 * Registers every shipped locale at once: for a server render, which may render any language and
 * has no reason to load them lazily (news-elements/ssr), and for Storybook's language switch.
 */
import { registerLocale, type AnyLocale, type LocaleTag } from './localize.js';
import fr from '../locales/fr.js';
import es from '../locales/es.js';
import de from '../locales/de.js';
import it from '../locales/it.js';
import pt from '../locales/pt.js';
import nl from '../locales/nl.js';
import pl from '../locales/pl.js';
import ar from '../locales/ar.js';
import he from '../locales/he.js';
import hi from '../locales/hi.js';
import ja from '../locales/ja.js';
import zhHans from '../locales/zh-Hans.js';
import zhHant from '../locales/zh-Hant.js';

/** Every shipped tag but the built-in English (a tag added to `LOCALE_TAGS` and missing here is a type error). */
const SHIPPED: Record<Exclude<LocaleTag, 'en'>, AnyLocale> = { fr, es, de, it, pt, nl, pl, ar, he, hi, ja, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

for (const locale of Object.values(SHIPPED)) registerLocale(locale);
