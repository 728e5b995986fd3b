/**
 * The article formats `normalizeArticle` reads, in the order `auto` tries them: each is a pure module
 * of its own (see `format.ts`).
 */
import type { ArticleFormat } from './format.js';
import { newsElements } from './news-elements.js';
import { wordpress } from './wordpress.js';
import { ghost } from './ghost.js';
import { jsonfeed } from './jsonfeed.js';
import { schema } from './schema.js';

export const ARTICLE_FORMATS: readonly ArticleFormat[] = [newsElements, wordpress, ghost, jsonfeed, schema];
