import { defineOnce } from '../internal/define.js';
import { CommentList } from './comment-list.js';

defineOnce('comment-list', CommentList);
