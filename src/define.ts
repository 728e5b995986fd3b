// Registers every element (idempotently) — the entry of dist/news-elements.js and `news-elements/define`.
import './news-article/define.js';
import './news-byline/define.js';
import './comment-form/define.js';
import './comment-list/define.js';
import './comment-moderation/define.js';

export * from './index.js';
