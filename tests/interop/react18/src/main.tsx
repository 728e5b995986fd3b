// React 18 sets every prop of a plain custom-element tag as an attribute: news-elements/react's
// components (made with @lit/react) set properties and take `on…` event props instead.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// readme:react18:start
import { useState } from 'react';
import { CommentForm, CommentList, NewsArticle } from 'news-elements/react'; // defines the tags too
import article from './article.json';

export function ArticlePage() {
  const [posted, setPosted] = useState('');
  return (
    <>
      <NewsArticle data={article}>
        <CommentList src={`/api/articles/${article.id}/comments`} />
        <CommentForm
          endpoint="/api/comments"
          onCommentSuccess={(event) => setPosted(String((event.detail.response as { id: number }).id))}
        />
      </NewsArticle>
      <output data-testid="posted">{posted}</output>
    </>
  );
}
// readme:react18:end

createRoot(document.getElementById('root')!).render(<StrictMode><ArticlePage /></StrictMode>);
