// React 18 and 19 with news-elements/react: components made with @lit/react, which set properties
// (React 18 would set `data={article}` as the attribute "[object Object]"), take `on…` event props
// typed with each event's detail, and forward `ref` to the element. Type-checked by `npm run test:types`.
import { useRef } from 'react';
import type { Article, CommentForm as CommentFormElement } from 'news-elements';
import { CommentForm, CommentList, NewsArticle } from 'news-elements/react';

declare const article: Article;

export function Discussion() {
  const form = useRef<CommentFormElement>(null);
  return (
    <NewsArticle data={article} onNewsArticleError={(event) => event.detail.message}>
      <CommentList src="/api/articles/a1/comments" maxDepth={3} live />
      <CommentForm ref={form} endpoint="/api/comments" requireNameEmail onCommentSuccess={(event) => event.detail.payload.content} />
      {/* @ts-expect-error: the property is a number */}
      <CommentList maxDepth="3" />
      {/* @ts-expect-error: an error's detail has no `payload` */}
      <CommentForm onCommentError={(event) => event.detail.payload} />
    </NewsArticle>
  );
}
