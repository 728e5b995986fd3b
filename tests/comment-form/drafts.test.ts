import { expect, aTimeout } from '@open-wc/testing';
import { DraftStore, draftKey, loadCommenter, saveCommenter, COMMENTER_KEY } from '../../src/comment-form/drafts.js';

const ours = (storage: Storage) => Object.keys(storage).filter((k) => k.startsWith('news-elements:'));
function clean() {
  for (const storage of [localStorage, sessionStorage]) ours(storage).forEach((k) => storage.removeItem(k));
}
const draft = { content: 'My words', name: 'Ann', email: 'ann@example.com', url: 'https://ann.example' };

describe('comment-form drafts', () => {
  beforeEach(clean);
  afterEach(clean);

  it('should key drafts per article and parent', () => {
    expect(draftKey('42', null)).to.equal('news-elements:comment-draft:42:0');
    expect(draftKey('42', '7')).to.not.equal(draftKey('42', null));
    expect(draftKey('43', '7')).to.not.equal(draftKey('42', '7'));
  });

  it('should save a scheduled draft after the debounce delay, not at once', async () => {
    const store = new DraftStore(draftKey('42', null), 100);
    store.schedule({ ...draft, content: 'My' });
    store.schedule(draft);
    expect(localStorage.getItem(store.key)).to.equal(null);
    await aTimeout(150);
    expect(JSON.parse(localStorage.getItem(store.key)!).content).to.equal('My words');
    expect(new DraftStore(store.key).load()).to.deep.equal(draft);
  });

  it('should save within 300 ms with the default delay', async () => {
    const store = new DraftStore(draftKey('42', null));
    store.schedule(draft);
    await aTimeout(300);
    expect(localStorage.getItem(store.key)).to.not.equal(null);
  });

  it('should write immediately on flush()', () => {
    const store = new DraftStore(draftKey('42', '7'), 10_000);
    store.schedule(draft);
    store.flush();
    expect(new DraftStore(store.key).load().content).to.equal('My words');
  });

  it('should keep name, email and website in sessionStorage only', () => {
    const store = new DraftStore(draftKey('42', null));
    store.schedule(draft);
    store.flush();
    const local = ours(localStorage).map((k) => localStorage.getItem(k)).join();
    expect(local).to.include('My words');
    expect(local).to.not.include('ann@example.com');
    expect(local).to.not.include('Ann');
    expect(JSON.parse(sessionStorage.getItem(store.key)!)).to.deep.equal({ name: 'Ann', email: 'ann@example.com', url: 'https://ann.example' });
  });

  it('should remove the draft when the text is emptied, and on clear()', () => {
    const store = new DraftStore(draftKey('42', null));
    store.schedule(draft);
    store.flush();
    store.schedule({ content: '', name: '', email: '', url: '' });
    store.flush();
    expect(localStorage.getItem(store.key)).to.equal(null);
    expect(sessionStorage.getItem(store.key)).to.equal(null);
    store.schedule(draft);
    store.clear();
    store.flush(); // nothing pending any more
    expect(localStorage.getItem(store.key)).to.equal(null);
    expect(sessionStorage.getItem(store.key)).to.equal(null);
  });

  it('should remember and forget the commenter', () => {
    expect(loadCommenter()).to.equal(undefined);
    saveCommenter({ name: 'Ann', email: 'ann@example.com', url: '' });
    expect(JSON.parse(localStorage.getItem(COMMENTER_KEY)!)).to.deep.equal({ name: 'Ann', email: 'ann@example.com', url: '' });
    expect(loadCommenter()).to.deep.equal({ name: 'Ann', email: 'ann@example.com', url: '' });
    saveCommenter(undefined);
    expect(localStorage.getItem(COMMENTER_KEY)).to.equal(null);
  });

  it('should ignore malformed stored values', () => {
    localStorage.setItem(COMMENTER_KEY, '{"name":42,"email":["x"]');
    expect(loadCommenter()).to.equal(undefined);
    localStorage.setItem(draftKey('1', null), '"just a string"');
    expect(new DraftStore(draftKey('1', null)).load()).to.deep.equal({ content: '', name: '', email: '', url: '' });
  });

  it('should not throw when storage refuses to write', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const store = new DraftStore(draftKey('42', null));
      store.schedule(draft);
      expect(() => store.flush()).to.not.throw();
      expect(() => saveCommenter(draft)).to.not.throw();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
