// React 19, plain tags: React sets an object as a property and listens with `on` + the event's name.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// readme:react19:start
import { useState } from 'react';
import 'news-elements/define';
import type {} from 'news-elements/jsx'; // the tags and their properties in JSX.IntrinsicElements
import article from './article.json';

export function ArticlePage() {
  const [posted, setPosted] = useState('');
  return (
    <>
      <news-article data={article}>
        <comment-list src={`/api/articles/${article.id}/comments`} />
        <comment-form
          endpoint="/api/comments"
          oncomment-success={(event) => setPosted(String((event.detail.response as { id: number }).id))}
        />
      </news-article>
      <output data-testid="posted">{posted}</output>
    </>
  );
}
// readme:react19:end

createRoot(document.getElementById('root')!).render(<StrictMode><ArticlePage /></StrictMode>);
