import { defineOnce } from '../internal/define.js';
import { CommentModeration } from './comment-moderation.js';

defineOnce('comment-moderation', CommentModeration);
