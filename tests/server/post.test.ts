// POST /api/comments: the three <comment-form> formats, validation, and each error answer.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DEFAULT_MAXLENGTH, ruleMessage } from 'news-elements/rules';
import {
  ARTICLE,
  TOKEN,
  get,
  jsonComment,
  postForm,
  postJson,
  startServer,
  storedRows,
  tempDir,
  type TestServer,
} from './helpers.js';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

describe('POST /api/comments', () => {
  const tmp = tempDir();
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'post.db'), moderationToken: TOKEN });
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  describe('format json', () => {
    it('stores the comment and answers 201 with the public shape, pending by default', async () => {
      const r = await postJson(s.url, jsonComment({ content: 'Tariffs hurt both sides.' }, { url: 'https://ada.example' }));
      assert.equal(r.status, 201);
      assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(r.headers.get('cache-control'), 'no-store');
      assert.deepEqual(Object.keys(r.json).sort(), ['articleId', 'author', 'content', 'date', 'id', 'parentId', 'status']);
      assert.equal(typeof r.json.id, 'number');
      assert.equal(r.json.articleId, ARTICLE);
      assert.equal(r.json.parentId, null);
      assert.deepEqual(r.json.author, { name: 'Ada Reader', url: 'https://ada.example' });
      assert.equal(r.json.content, 'Tariffs hurt both sides.');
      assert.match(r.json.date, ISO_UTC);
      assert.ok(Math.abs(Date.parse(r.json.date) - Date.now()) < 60_000);
      assert.equal(r.json.status, 'pending');
      assert.ok(!r.text.includes('ada@example.com'), 'the email is never sent back');

      const row = storedRows(s.dbPath).find((x) => x.id === r.json.id)!;
      assert.equal(row.author_email, 'ada@example.com');
      assert.equal(row.status, 'pending');
    });

    it('keeps pending comments out of the public listing', async () => {
      const r = await postJson(s.url, jsonComment({ content: 'Waiting for moderation, then.' }));
      assert.equal(r.status, 201);
      const list = await get(`${s.url}/api/articles/${ARTICLE}/comments`);
      assert.ok(!list.json.comments.some((c: any) => c.id === r.json.id));
    });

    it('stores the text as given, only its ends trimmed (plain text; the browser escapes it)', async () => {
      const content = '  <script>alert("x")</script> & <b>bold</b>\n\nSecond paragraph — ünïcödé 🇨🇦  ';
      const r = await postJson(s.url, jsonComment({ content }));
      assert.equal(r.status, 201);
      assert.equal(r.json.content, content.trim()); // rules.ts cleanField: line breaks kept, ends trimmed
      assert.equal(storedRows(s.dbPath).find((x) => x.id === r.json.id)!.content, content.trim());
    });

    it('trims name and email, and accepts a reply to a comment of the same article', async () => {
      const parent = await postJson(s.url, jsonComment({ content: 'Parent for a reply.' }));
      const r = await postJson(
        s.url,
        jsonComment({ parentId: parent.json.id, content: 'A reply.' }, { name: '  Bo  ', email: ' bo@example.com ' }),
      );
      assert.equal(r.status, 201);
      assert.equal(r.json.parentId, parent.json.id);
      assert.equal(r.json.author.name, 'Bo');
      const row = storedRows(s.dbPath).find((x) => x.id === r.json.id)!;
      assert.equal(row.author_email, 'bo@example.com');
      assert.equal(row.parent_id, parent.json.id);
    });

    it('accepts parentId as a numeric string, and 0 as top level', async () => {
      const parent = await postJson(s.url, jsonComment({ content: 'Another parent.' }));
      const a = await postJson(s.url, jsonComment({ parentId: String(parent.json.id), content: 'String parent id.' }));
      assert.equal(a.json.parentId, parent.json.id);
      const b = await postJson(s.url, jsonComment({ parentId: 0, content: 'Zero parent id.' }));
      assert.equal(b.json.parentId, null);
    });
  });

  describe('format wordpress (REST /wp/v2/comments body, recognised by shape)', () => {
    it('stores the comment; parent 0 means top level', async () => {
      const r = await postJson(s.url, {
        post: ARTICLE,
        parent: 0,
        content: 'Posted in WordPress REST shape.',
        author_name: 'Wendy Press',
        author_email: 'wendy@example.com',
        author_url: 'wendy.example.org',
      });
      assert.equal(r.status, 201);
      assert.equal(r.json.articleId, ARTICLE);
      assert.equal(r.json.parentId, null);
      assert.deepEqual(r.json.author, { name: 'Wendy Press', url: 'https://wendy.example.org' });
      assert.equal(r.json.content, 'Posted in WordPress REST shape.');
      assert.equal(r.json.status, 'pending');
    });

    it('accepts a numeric post id, a parent, and content as { raw }', async () => {
      const parent = await postJson(s.url, { post: 42, content: 'On article 42.', author_name: 'W', author_email: 'w@example.com' });
      assert.equal(parent.status, 201);
      assert.equal(parent.json.articleId, '42');
      const r = await postJson(s.url, {
        post: 42,
        parent: parent.json.id,
        content: { raw: 'Raw content reply.' },
        author_name: 'W2',
        author_email: 'w2@example.com',
      });
      assert.equal(r.status, 201);
      assert.equal(r.json.parentId, parent.json.id);
      assert.equal(r.json.content, 'Raw content reply.');
    });

    it('validates with the same rules and field names', async () => {
      const r = await postJson(s.url, { post: ARTICLE, parent: 0, content: ' ', author_name: '', author_email: 'nope', author_url: '' });
      assert.equal(r.status, 422);
      assert.deepEqual(r.json.errors, {
        content: 'Please type your comment.',
        name: 'Please enter your name.',
        email: 'Please enter a valid email address, like name@example.com.',
      });
    });
  });

  describe('format form (wp-comments-post.php fields, urlencoded)', () => {
    it('stores the comment and answers JSON', async () => {
      const r = await postForm(s.url, {
        comment: 'Sent as a classic form.\nWith a line break & an ampersand.',
        author: 'Fern Form',
        email: 'fern@example.com',
        url: '',
        comment_post_ID: ARTICLE,
        comment_parent: '0',
        'wp-comment-cookies-consent': 'yes',
      });
      assert.equal(r.status, 201);
      assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(r.json.parentId, null);
      assert.deepEqual(r.json.author, { name: 'Fern Form', url: null });
      assert.equal(r.json.content, 'Sent as a classic form.\nWith a line break & an ampersand.');
    });

    it('accepts a reply through comment_parent', async () => {
      const parent = await postJson(s.url, jsonComment({ content: 'Form parent.' }));
      const r = await postForm(s.url, {
        comment: 'Form reply.',
        author: 'Fern',
        email: 'fern@example.com',
        comment_post_ID: ARTICLE,
        comment_parent: String(parent.json.id),
      });
      assert.equal(r.status, 201);
      assert.equal(r.json.parentId, parent.json.id);
    });

    it('validates with the same rules', async () => {
      const r = await postForm(s.url, { comment: 'x', author: 'A', email: '', comment_post_ID: ARTICLE, comment_parent: '0' });
      assert.equal(r.status, 422);
      assert.deepEqual(r.json.errors, { email: 'Please enter your email address.' });
    });
  });

  describe('validation → 422 { errors, message }', () => {
    const expect422 = async (body: unknown, errors: Record<string, string>) => {
      const before = storedRows(s.dbPath).length;
      const r = await postJson(s.url, body);
      assert.equal(r.status, 422, r.text);
      assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.deepEqual(r.json.errors, errors);
      assert.equal(typeof r.json.message, 'string');
      assert.ok(r.json.message.length > 0);
      assert.equal(storedRows(s.dbPath).length, before, 'nothing stored');
      return r;
    };

    it('content is required (empty or only whitespace)', async () => {
      await expect422(jsonComment({ content: '' }), { content: 'Please type your comment.' });
      await expect422(jsonComment({ content: ' \n\t ' }), { content: 'Please type your comment.' });
      await expect422(jsonComment({ content: undefined }), { content: 'Please type your comment.' });
      await expect422(jsonComment({ content: 42 }), { content: 'Please type your comment.' });
    });

    it('name is required (trimmed)', async () => {
      await expect422(jsonComment({}, { name: '' }), { name: 'Please enter your name.' });
      await expect422(jsonComment({}, { name: '   ' }), { name: 'Please enter your name.' });
    });

    it('email is required (trimmed)', async () => {
      await expect422(jsonComment({}, { email: '' }), { email: 'Please enter your email address.' });
      await expect422(jsonComment({}, { email: '  ' }), { email: 'Please enter your email address.' });
    });

    it('email must be a valid address', async () => {
      for (const email of ['ada', 'ada@', '@example.com', 'ada@@example.com', 'ada @example.com', 'ada@exa mple.com', 'ada@-example.com', 'ada@example..com']) {
        await expect422(jsonComment({}, { email }), { email: 'Please enter a valid email address, like name@example.com.' });
      }
    });

    it('email follows the form (rules.ts): a dot-less domain is refused, as WordPress does', async () => {
      await expect422(jsonComment({ content: 'Dot-less domain.' }, { email: 'admin@localhost' }), {
        email: 'Please enter a valid email address, like name@example.com.',
      });
    });

    it('url is optional and must be http(s); a bare domain is completed to https://', async () => {
      for (const url of ['javascript:alert(1)', 'ftp://example.com', 'mailto:ada@example.com', 'http://', 'not a url', 'hello']) {
        await expect422(jsonComment({}, { url }), { url: 'Please enter a valid website address, like https://example.com.' });
      }
      const bare = await postJson(s.url, jsonComment({ content: 'Bare url.' }, { url: 'example.com' }));
      assert.equal(bare.status, 201);
      assert.equal(bare.json.author.url, 'https://example.com');
      const http = await postJson(s.url, jsonComment({ content: 'Http url.' }, { url: ' http://example.org/me ' }));
      assert.equal(http.json.author.url, 'http://example.org/me');
      const none = await postJson(s.url, jsonComment({ content: 'No url.' }, { url: undefined }));
      assert.equal(none.json.author.url, null);
    });

    it('parentId must be an existing comment of the same article', async () => {
      const message = { parentId: 'The comment you are replying to could not be found.' };
      await expect422(jsonComment({ parentId: 999_999 }), message);
      await expect422(jsonComment({ parentId: 'abc' }), message);
      await expect422(jsonComment({ parentId: -3 }), message);
      const other = await postJson(s.url, jsonComment({ articleId: 'another-article', content: 'Elsewhere.' }));
      assert.equal(other.status, 201);
      await expect422(jsonComment({ parentId: other.json.id }), message);
    });

    it('reports every invalid field at once, with a summary message', async () => {
      const r = await expect422(
        { articleId: ARTICLE, content: '', author: { name: '', email: 'x', url: 'javascript:x' } },
        {
          content: 'Please type your comment.',
          name: 'Please enter your name.',
          email: 'Please enter a valid email address, like name@example.com.',
          url: 'Please enter a valid website address, like https://example.com.',
        },
      );
      assert.equal(r.json.message, 'Please check the highlighted fields.');
    });

    it('a missing author object fails name and email', async () => {
      await expect422({ articleId: ARTICLE, content: 'No author.' }, {
        name: 'Please enter your name.',
        email: 'Please enter your email address.',
      });
    });

    it('a missing article id is a field error too', async () => {
      await expect422(jsonComment({ articleId: '' }), { articleId: 'The comment is not attached to an article.' });
    });

    it('any article id is accepted (the demo has one; comments of other ids are kept apart)', async () => {
      const r = await postJson(s.url, jsonComment({ articleId: 'some-other-story', content: 'Other story.' }));
      assert.equal(r.status, 201);
      assert.equal(r.json.articleId, 'some-other-story');
    });
  });

  describe('error answers', () => {
    it('malformed JSON → 400 with a message', async () => {
      const r = await postJson(s.url, '{"articleId": "carney-beijing-visit", ');
      assert.equal(r.status, 400);
      assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.match(r.json.message, /not valid JSON/);
    });

    it('JSON that is not an object → 400', async () => {
      for (const body of ['[]', 'null', '"text"', '42']) {
        const r = await postJson(s.url, body);
        assert.equal(r.status, 400, body);
        assert.equal(typeof r.json.message, 'string');
      }
    });

    it('an unsupported content type → 415', async () => {
      const response = await fetch(`${s.url}/api/comments`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hi' });
      assert.equal(response.status, 415);
      assert.equal(typeof (await response.json()).message, 'string');
    });

    it('a body over 64 KB → 413, nothing stored', async () => {
      const before = storedRows(s.dbPath).length;
      const r = await postJson(s.url, jsonComment({ content: 'x'.repeat(64 * 1024) }));
      assert.equal(r.status, 413);
      assert.equal(r.headers.get('cache-control'), 'no-store');
      assert.equal(typeof r.json.message, 'string');
      assert.equal(storedRows(s.dbPath).length, before);
    });

    it('a body over 64 KB without Content-Length (chunked) → 413', async () => {
      const chunk = new TextEncoder().encode('{"content":"' + 'y'.repeat(16 * 1024));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 6) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const response = await fetch(`${s.url}/api/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
      assert.equal(response.status, 413);
      await response.arrayBuffer();
    });

    it('a body just under 64 KB is read (and here fails validation, not size)', async () => {
      const r = await postJson(s.url, jsonComment({ content: 'z'.repeat(60 * 1024) }, { email: 'bad' }));
      assert.equal(r.status, 422);
    });

    it('a filled honeypot → 202 that looks accepted, nothing stored', async () => {
      const before = storedRows(s.dbPath).length;
      const r = await postJson(s.url, { ...jsonComment({ content: 'Buy cheap pills' }), honeypot: 'http://spam.example' });
      assert.equal(r.status, 202);
      assert.equal(r.json.status, 'pending');
      assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(storedRows(s.dbPath).length, before);
      const form = await postForm(s.url, { comment: 'spam', author: 'Bot', email: 'bot@example.com', comment_post_ID: ARTICLE, honeypot: 'x' });
      assert.equal(form.status, 202);
      assert.equal(storedRows(s.dbPath).length, before);
    });

    it('an empty honeypot is a normal comment', async () => {
      const r = await postJson(s.url, { ...jsonComment({ content: 'Human with empty honeypot.' }), honeypot: '' });
      assert.equal(r.status, 201);
    });

    it('a duplicate (same article, author name and email, text) → 409 comment_duplicate', async () => {
      const body = jsonComment({ content: 'Saying this exactly once.' });
      const first = await postJson(s.url, body);
      assert.equal(first.status, 201);
      const before = storedRows(s.dbPath).length;

      const again = await postJson(s.url, body);
      assert.equal(again.status, 409);
      assert.equal(again.json.code, 'comment_duplicate');
      assert.equal(typeof again.json.message, 'string');

      // The same comment in another format, or with the email in other case, is still a duplicate.
      const viaForm = await postForm(s.url, { comment: body.content, author: 'Ada Reader', email: 'ADA@example.com', comment_post_ID: ARTICLE });
      assert.equal(viaForm.status, 409);
      assert.equal(storedRows(s.dbPath).length, before);

      // Other author, other article, other text: not duplicates.
      assert.equal((await postJson(s.url, jsonComment({ content: body.content }, { name: 'Someone Else', email: 'else@example.com' }))).status, 201);
      assert.equal((await postJson(s.url, jsonComment({ content: body.content, articleId: 'another-article' }))).status, 201);
      assert.equal((await postJson(s.url, jsonComment({ content: body.content + '!' }))).status, 201);
    });
  });

  describe('routing', () => {
    it('answers unknown /api routes with a JSON 404 and wrong methods with 405', async () => {
      const missing = await get(`${s.url}/api/nothing-here`);
      assert.equal(missing.status, 404);
      assert.equal(missing.headers.get('content-type'), 'application/json; charset=utf-8');
      const wrong = await get(`${s.url}/api/comments`);
      assert.equal(wrong.status, 405);
      assert.equal(wrong.headers.get('allow'), 'POST');
      const wrongList = await fetch(`${s.url}/api/articles/${ARTICLE}/comments`, { method: 'DELETE' });
      assert.equal(wrongList.status, 405);
      assert.equal(wrongList.headers.get('allow'), 'GET, HEAD');
    });

    it('passes anything outside /api/ to next()', async () => {
      for (const path of ['/', '/demo/', '/apix', '/src/index.ts']) {
        const r = await get(`${s.url}${path}`);
        assert.equal(r.status, 418, path);
        assert.equal(r.text, 'next() was called');
      }
    });
  });
});

describe('content length limit (65525 characters)', () => {
  const tmp = tempDir();
  let s: TestServer;
  before(async () => {
    // A 65525-character comment does not fit a 64 KB body once wrapped in JSON; raise the body
    // limit here to reach the content rule itself.
    s = await startServer({ dbPath: join(tmp.dir, 'long.db'), maxBodyBytes: 256 * 1024 });
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('accepts 65525 characters and refuses 65526', async () => {
    const ok = await postJson(s.url, jsonComment({ content: 'a'.repeat(65525) }));
    assert.equal(ok.status, 201);
    assert.equal(ok.json.content.length, 65525);
    const tooLong = await postJson(s.url, jsonComment({ content: 'b'.repeat(65526) }));
    assert.equal(tooLong.status, 422);
    assert.deepEqual(Object.keys(tooLong.json.errors), ['content']);
    // The rule's own sentence, as `news-elements/rules` (which the form runs too) writes it.
    assert.equal(tooLong.json.errors.content, ruleMessage({ key: 'contentTooLong', max: DEFAULT_MAXLENGTH, count: 65526 }));
    assert.equal(tooLong.json.errors.content, 'Please shorten your comment to 65525 characters (it has 65526).');
  });
});
