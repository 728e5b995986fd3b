/**
 * `news-elements/ssr` (Node ≥ 20): the elements rendered on the server, as HTML that shows without
 * JavaScript and that the bundle hydrates (render.ts); whole pages with their metadata (page.ts).
 */
export {
  RenderInputError,
  articleFrom,
  renderArticle,
  renderComments,
  renderCommentForm,
  renderDiscussion,
  type DiscussionOptions,
  type CommentFormOptions,
  type CommentsOptions,
  type RenderOptions,
} from './render.js';
export { renderPage, metaTags, type PageOptions } from './page.js';
export type { Article } from '../model/article.js';
