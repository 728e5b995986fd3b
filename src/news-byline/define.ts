import { defineOnce } from '../internal/define.js';
import { NewsByline } from './news-byline.js';

defineOnce('news-byline', NewsByline);
