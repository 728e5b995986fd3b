import { expect } from '@open-wc/testing';

const TAGS = ['news-article', 'news-byline', 'comment-form', 'comment-list', 'comment-moderation'];
/** The reader's tags: a page with comments but no moderation queue loads these. */
const READER_TAGS = TAGS.filter((tag) => tag !== 'comment-moderation');

/**
 * Imports `module` in a fresh document (an iframe: a tag can be defined once per page) and answers
 * the tags defined once it has run, and those defined after a comment element was added too.
 */
async function tagsDefinedBy(module: string): Promise<{ atOnce: string[]; withComments: string[] }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><body><script type="module">
    const TAGS = ${JSON.stringify(TAGS)};
    const defined = () => TAGS.filter((tag) => customElements.get(tag));
    await import(${JSON.stringify(module)});
    const atOnce = defined();
    // A comment element in view: the lazy loader (if any) defines its tag.
    document.body.insertAdjacentHTML('beforeend', '<comment-list loading="eager"></comment-list>');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    parent.postMessage({ module: ${JSON.stringify(module)}, atOnce, withComments: defined() }, '*');
  </script></body>`;
  const answer = new Promise<{ atOnce: string[]; withComments: string[] }>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.data?.module !== module) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data);
    };
    window.addEventListener('message', onMessage);
  });
  document.body.append(frame);
  try {
    return await answer;
  } finally {
    frame.remove();
  }
}

describe('entry points', () => {
  const cases: [module: string, atOnce: string[], withComments: string[]][] = [
    ['/src/index.ts', [], []],
    ['/src/news-byline/define.ts', ['news-byline'], ['news-byline']],
    ['/src/news-article/define.ts', ['news-article', 'news-byline'], ['news-article', 'news-byline']],
    ['/src/comment-form/define.ts', ['comment-form'], ['comment-form']],
    // The list opens <comment-form>s for replies: its entry defines both.
    ['/src/comment-list/define.ts', ['comment-form', 'comment-list'], ['comment-form', 'comment-list']],
    ['/src/define.ts', TAGS, TAGS],
    ['/src/loader.ts', [], ['comment-form', 'comment-list']],
    ['/src/comment-moderation/define.ts', ['comment-moderation'], ['comment-moderation']],
    ['/src/news-elements.ts', ['news-article', 'news-byline'], READER_TAGS],
  ];
  for (const [module, atOnce, withComments] of cases) {
    it(`${module} should define ${atOnce.join(', ') || 'nothing'}${withComments.length > atOnce.length ? ', and the comment elements when one comes' : ''}`, async () => {
      const defined = await tagsDefinedBy(module);
      expect(defined.atOnce.sort()).to.deep.equal([...atOnce].sort());
      expect(defined.withComments.sort()).to.deep.equal([...withComments].sort());
    });
  }
});
