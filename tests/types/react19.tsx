// React 19 with plain tags: news-elements/jsx types each element's properties, attributes and
// `on<event>` handlers from custom-elements.json. Type-checked (never run) by `npm run test:types`;
// each @ts-expect-error is a mistake the types must catch.
import type {} from 'news-elements/jsx';
import type { Article } from 'news-elements';

declare const article: Article;

export const Page = () => (
  <news-article data={article} format="auto" item-id="a1" onnews-article-load={(event) => event.detail.headline}>
    <comment-list src="/api/articles/a1/comments" live max-depth={3} oncomment-list-load={(event) => event.detail.total} />
    <comment-form
      endpoint="/api/comments"
      require-name-email
      oncomment-success={(event) => {
        const status: 'pending' | 'approved' | 'unknown' = event.detail.status;
        return [status, event.detail.payload.articleId];
      }}
    />
    <news-byline wordCount={420} />
    <comment-moderation endpoint="/api/moderation" oncomment-moderation-action={(event) => event.detail.ids} />
  </news-article>
);

export const Mistakes = () => (
  <>
    {/* @ts-expect-error: `format` is one of the known names */}
    <news-article format="markdown" />
    {/* @ts-expect-error: maxDepth is a number */}
    <comment-list maxDepth="three" />
    {/* @ts-expect-error: the success event's detail has no `comment` */}
    <comment-form oncomment-success={(event) => event.detail.comment} />
    {/* @ts-expect-error: no such element */}
    <news-comments />
  </>
);
