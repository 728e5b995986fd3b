import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { NewsArticle } from '../../../src/news-article/news-article.js';

/**
 * A `<news-article>` once its article shows. A CMS's JSON is read after the formats' chunk loads
 * (at once when it already has), so `updateComplete` alone may come before it.
 */
export async function shownArticle(template: TemplateResult): Promise<NewsArticle> {
  const element = await fixture<NewsArticle>(template);
  await waitUntil(() => element.article, 'the article shows');
  await element.updateComplete;
  return element;
}
