import { defineOnce } from '../internal/define.js';
import { NewsArticle } from './news-article.js';

defineOnce('news-article', NewsArticle);
