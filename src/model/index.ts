// The data model every element shares. Types only: importing it costs nothing at run time.
export type { Article, ArticleImage, Author, Block } from './article.js';
export type { Comment, CommentAuthor, CommentOrder, CommentPage } from './comment.js';
