import { defineOnce } from '../internal/define.js';
import { NewsArticle } from './news-article.js';
import '../news-byline/define.js'; // the article's header renders a <news-byline>

defineOnce('news-article', NewsArticle);
