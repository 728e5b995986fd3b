import { defineOnce } from '../internal/define.js';
import { CommentForm } from './comment-form.js';

defineOnce('comment-form', CommentForm);
