import { expect } from '@open-wc/testing';
import * as library from '../src/index.js';

describe('registration', () => {
  it('should define no tag when the class entry is imported', () => {
    expect(library.NewsArticle).to.be.a('function');
    expect(customElements.get('news-article')).to.equal(undefined);
    expect(customElements.get('news-byline')).to.equal(undefined);
  });

  it('should define every tag from the bundle, and not throw when a second copy loads', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ `${location.origin}/dist/news-elements.js`);
      const first = customElements.get('news-article');
      expect(first).to.be.a('function');
      // A second copy (another URL = another module instance, as when two plugins each add the script).
      const second = await import(/* @vite-ignore */ `${location.origin}/dist/news-elements.js?copy=2`);
      expect(second.NewsArticle).not.to.equal(first);
      expect(customElements.get('news-article')).to.equal(first);
      for (const tag of ['news-article', 'news-byline']) expect(customElements.get(tag), tag).to.be.a('function');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
