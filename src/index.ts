// Classes and types only: importing this module defines no tag. Use `news-elements/define` for that.
export { NewsArticle } from './news-article/news-article.js';
export { NewsByline } from './news-byline/news-byline.js';
export type { ArticleStrings } from './news-article/strings.js';
export type { BylineStrings } from './news-byline/strings.js';
export { normalizeArticle } from './news-article/normalize.js';
export { sanitizeHTML, safeUrl } from './sanitize/sanitize.js';
export { articleContext } from './context.js';
export type { Article, Author, ArticleImage, Block } from './model/article.js';
export { CommentForm } from './comment-form/comment-form.js';
export type {
  CommentPayload,
  CommentSubmitDetail,
  CommentSuccessDetail,
  CommentErrorDetail,
  CommentCancelDetail,
  CommentErrorCode,
  CommentFormat,
  CommentFormStrings,
} from './comment-form/comment-form.js';
export { CommentList } from './comment-list/comment-list.js';
export type { CommentsInput, CommentListLoadDetail, CommentListErrorDetail } from './comment-list/comment-list.js';
export type { Comment, CommentAuthor, CommentPage, CommentOrder } from './model/comment.js';
export type { CommentListStrings } from './comment-list/strings.js';
export { CommentModeration } from './comment-moderation/comment-moderation.js';
export type {
  CommentModerationActionDetail,
  CommentModerationErrorDetail,
  CommentModerationSessionDetail,
  ModerationActionName,
} from './comment-moderation/comment-moderation.js';
export type { CommentModerationStrings } from './comment-moderation/strings.js';
export type {
  ModerationAction,
  ModerationComment,
  ModerationCounts,
  ModerationErrorCode,
  ModerationStatus,
} from './comment-moderation/api.js';
export { registerLocale, matchLocale, LOCALE_TAGS, type Locale, type LocaleTag } from './internal/localize.js';
export type { PluralText } from './internal/messages.js';
