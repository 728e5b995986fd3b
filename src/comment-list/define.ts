import { defineOnce } from '../internal/define.js';
import { CommentList } from './comment-list.js';
import '../comment-form/define.js'; // the reply forms the list opens are <comment-form>s

defineOnce('comment-list', CommentList);
