import { expect, aTimeout } from '@open-wc/testing';
import { MAX_SUBMIT_RESPONSE_BYTES } from '../../src/internal/limits.js';
import {
  encodeComment,
  readResponse,
  sendComment,
  parseRetryAfter,
  newIdempotencyKey,
  type CommentPayload,
  type CommentFormat,
  type SendResult,
} from '../../src/comment-form/transport.js';
import { bigAnswer, bigAnswerSent, otherOrigin, recordedAt, recorder, respond, restoreFetch, stubFetch, uniqueId } from './helpers.js';

const payload = (over: Partial<CommentPayload> = {}): CommentPayload => ({
  articleId: '42',
  parentId: null,
  content: 'Hello & welcome',
  author: { name: 'Ann Lee', email: 'ann@example.com', url: 'https://ann.example' },
  honeypot: '',
  ...over,
});

const read = (body: string, init: ResponseInit & { type?: string } = {}, format: CommentFormat = 'json'): Promise<SendResult> =>
  readResponse(new Response(body || null, { status: init.status ?? 200, headers: { 'Content-Type': init.type ?? 'application/json', ...(init.headers as object) } }), format);

const send = (endpoint: string, format: CommentFormat = 'json', extra: { timeout?: number; headers?: Record<string, string> } = {}) =>
  sendComment({ endpoint, format, comment: encodeComment(format, payload()), idempotencyKey: 'key-1', headers: extra.headers, timeout: extra.timeout ?? 5000 });

describe('comment-form transport: encodings', () => {
  it('should encode format=json as the payload itself', () => {
    const { body, contentType } = encodeComment('json', payload({ parentId: '7', honeypot: 'spam' }));
    expect(contentType).to.equal('application/json');
    expect(JSON.parse(body)).to.deep.equal({
      articleId: '42',
      parentId: '7',
      content: 'Hello & welcome',
      author: { name: 'Ann Lee', email: 'ann@example.com', url: 'https://ann.example' },
      honeypot: 'spam',
    });
  });

  it("should encode format=form with wp-comments-post.php's field names", () => {
    const { body, contentType } = encodeComment('form', payload());
    expect(contentType).to.match(/^application\/x-www-form-urlencoded/);
    expect(body).to.equal('comment=Hello+%26+welcome&author=Ann+Lee&email=ann%40example.com&url=https%3A%2F%2Fann.example&comment_post_ID=42&comment_parent=0');
    const { body: reply } = encodeComment('form', payload({ parentId: '7' }), true);
    expect(Object.fromEntries(new URLSearchParams(reply))).to.deep.equal({
      comment: 'Hello & welcome',
      author: 'Ann Lee',
      email: 'ann@example.com',
      url: 'https://ann.example',
      comment_post_ID: '42',
      comment_parent: '7',
      'wp-comment-cookies-consent': 'yes',
    });
  });

  it('should encode format=wordpress as WordPress REST /wp/v2/comments JSON', () => {
    const { body, contentType } = encodeComment('wordpress', payload({ parentId: '7', honeypot: 'x' }));
    expect(contentType).to.equal('application/json');
    expect(body).to.equal(
      '{"post":42,"parent":7,"content":"Hello & welcome","author_name":"Ann Lee","author_email":"ann@example.com","author_url":"https://ann.example"}',
    );
    expect(JSON.parse(encodeComment('wordpress', payload()).body).parent).to.equal(0);
    expect(JSON.parse(encodeComment('wordpress', payload({ articleId: 'slug-id' })).body).post).to.equal('slug-id');
  });
});

describe('comment-form transport: sending', () => {
  it('should POST with the content type, Accept, Idempotency-Key and extra headers', async () => {
    const result = await send('/test-api/echo', 'json', { headers: { 'X-CSRF-Token': 't0k', 'Idempotency-Key': 'forged', 'Content-Type': 'text/plain' } });
    expect(result.ok).to.equal(true);
    const echo = (result as { response: { method: string; headers: Record<string, string>; body: string } }).response;
    expect(echo.method).to.equal('POST');
    expect(echo.headers['content-type']).to.equal('application/json');
    expect(echo.headers.accept).to.equal('application/json');
    expect(echo.headers['idempotency-key']).to.equal('key-1');
    expect(echo.headers['x-csrf-token']).to.equal('t0k');
    expect(JSON.parse(echo.body)).to.deep.equal(payload());
  });

  it('should send the form encoding as urlencoded', async () => {
    const result = await send('/test-api/echo', 'form');
    const echo = (result as { response: { headers: Record<string, string>; body: string } }).response;
    expect(echo.headers['content-type']).to.match(/^application\/x-www-form-urlencoded/);
    expect(new URLSearchParams(echo.body).get('comment_post_ID')).to.equal('42');
  });

  it('should report a network failure as code "network", status 0', async () => {
    expect(await send('http://127.0.0.1:9/')).to.deep.equal({ ok: false, status: 0, code: 'network' });
  });

  it('should abort the request after `timeout` ms and report code "timeout"', async () => {
    const started = performance.now();
    expect(await send(respond(201, '{}', { delay: 3000 }), 'json', { timeout: 150 })).to.deep.equal({ ok: false, status: 0, code: 'timeout' });
    expect(performance.now() - started).to.be.below(2000);
  });
});

describe('comment-form transport: responses', () => {
  it('should read 201 with status pending/hold/unapproved as awaiting moderation', async () => {
    for (const status of ['pending', 'hold', 'unapproved', 'HOLD']) {
      const result = await read(`{"id":5,"status":"${status}"}`, { status: 201 });
      expect(result, status).to.deep.equal({ ok: true, status: 201, response: { id: 5, status }, moderation: 'pending' });
    }
  });

  it('should read 201 approved (or any other status) as posted', async () => {
    expect(await read('{"id":5,"status":"approved"}', { status: 201 })).to.include({ ok: true, moderation: 'approved' });
    expect(await read('', { status: 204 })).to.deep.equal({ ok: true, status: 204, response: null, moderation: 'approved' });
  });

  it('should map 4xx { errors } to field errors, HTML stripped', async () => {
    const result = await read('{"errors":{"email":"<b>Bad</b> email &amp; more","content":["Too short"],"name":{"message":"Who?"},"other":"x"}}', { status: 422 });
    expect(result).to.deep.equal({ ok: false, status: 422, code: 'invalid', fieldErrors: { email: 'Bad email & more', content: 'Too short', name: 'Who?' } });
  });

  it('should read field errors by their own names only', async () => {
    // (Written out: an object literal's `__proto__` would not be a key.)
    const body =
      '{"errors":{"constructor":"x","__proto__":"x","toString":"x","emailauthor_":"x","xauthor_email":"x","author_comment":"x","author_content":"x","author":"Who?","author_url":["Bad <i>site</i>"]}}';
    expect(await read(body, { status: 422 })).to.deep.equal({ ok: false, status: 422, code: 'invalid', fieldErrors: { name: 'Who?', url: 'Bad site' } });
    // A string is not a list of errors (its entries would be its characters).
    expect(await read('{"errors":"content","message":"No."}', { status: 422 })).to.deep.equal({ ok: false, status: 422, code: 'rejected', message: 'No.' });
  });

  it('should not choke on JSON nested 20,000 deep where a string is expected', async () => {
    const deep = `${'['.repeat(20_000)}"x"${']'.repeat(20_000)}`;
    // (A body of at most 64 KB, so that it is parsed; the response is not compared: chai would recurse as deep.)
    for (const body of [`{"code":${deep}}`, `{"status":${deep}}`]) {
      const accepted = await read(body, { status: 201 });
      expect([accepted.ok, accepted.status, (accepted as { moderation?: string }).moderation]).to.deep.equal([true, 201, 'approved']);
    }
    expect(await read(`{"message":${deep}}`, { status: 400 })).to.deep.equal({ ok: false, status: 400, code: 'rejected' });
    expect(await read(`{"errors":{"email":${deep}}}`, { status: 400 })).to.deep.equal({ ok: false, status: 400, code: 'rejected' });
    expect(await read(`{"code":"wp_die","message":"Nope.","data":{"status":${deep}}}`, { status: 200 }, 'form')).to.deep.equal({ ok: false, status: 200, code: 'rejected', message: 'Nope.' });
  });

  it("should map WordPress REST's rest_invalid_param data.params to field errors", async () => {
    const body = '{"code":"rest_invalid_param","message":"Invalid parameter(s): author_email","data":{"status":400,"params":{"author_email":"Invalid email address."}}}';
    expect(await read(body, { status: 400 })).to.deep.equal({ ok: false, status: 400, code: 'invalid', fieldErrors: { email: 'Invalid email address.' } });
  });

  it("should treat WordPress's wp_die JSON with HTTP 200 as an error, with its message as plain text", async () => {
    const body = '{"code":"wp_die","message":"<p><strong>Error:</strong> Please fill the required fields.</p>","data":{"status":200},"additional_errors":[]}';
    expect(await read(body, { status: 200 }, 'form')).to.deep.equal({ ok: false, status: 200, code: 'rejected', message: 'Please fill the required fields.' });
    expect(await read(body, { status: 200 }, 'json')).to.include({ ok: false, code: 'rejected' });
  });

  it("should use wp_die's data.status to classify (409 duplicate, 429 flood, 403 closed)", async () => {
    const wp = (status: number, message: string) => `{"code":"wp_die","message":"${message}","data":{"status":${status}}}`;
    expect(await read(wp(409, 'Duplicate comment detected; it looks as though you&#8217;ve already said that!'), { status: 409 }, 'form')).to.include({ code: 'duplicate' });
    expect(await read(wp(429, 'You are posting comments too quickly. Slow down.'), { status: 429 }, 'form')).to.deep.equal({ ok: false, status: 429, code: 'too-fast' });
    expect(await read(wp(403, 'Sorry, comments are closed for this item.'), { status: 403 }, 'form')).to.include({ code: 'closed' });
  });

  it('should map a { message } refusal to that message, HTML stripped and entities decoded', async () => {
    const result = await read('{"code":"rest_comment_author_data_required","message":"<em>Comment</em> author&#8217;s name &amp; email are required &lt;sic&gt;"}', { status: 400 });
    expect(result).to.deep.equal({ ok: false, status: 400, code: 'rejected', message: 'Comment author’s name & email are required <sic>' });
  });

  it('should classify 409 and comment_duplicate as duplicate', async () => {
    expect(await read('{"code":"comment_duplicate","message":"Duplicate comment detected; it looks as though you&#8217;ve already said that!"}', { status: 409 })).to.deep.equal({
      ok: false,
      status: 409,
      code: 'duplicate',
    });
    expect(await read('', { status: 409 })).to.include({ code: 'duplicate' });
  });

  it('should classify 429 as too-fast and read Retry-After (seconds or date)', async () => {
    expect(await read('{}', { status: 429, headers: { 'Retry-After': '120' } })).to.deep.equal({ ok: false, status: 429, code: 'too-fast', retryAfter: 120 });
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const result = (await read('', { status: 429, headers: { 'Retry-After': inAMinute } })) as { retryAfter: number };
    expect(result.retryAfter).to.be.within(55, 61);
    expect(await read('{"code":"comment_flood","message":"You are posting comments too quickly. Slow down."}', { status: 400 })).to.include({ code: 'too-fast' });
  });

  it('should classify 401 as login and 403 as closed', async () => {
    expect(await read('{"code":"rest_comment_login_required","message":"Sorry, you must be logged in to comment."}', { status: 401 })).to.include({ code: 'login', status: 401 });
    expect(await read('{"message":"Sorry, comments are closed for this item."}', { status: 403 })).to.include({ code: 'closed', status: 403 });
  });

  it('should classify 5xx (HTML or JSON) as server, without showing the body', async () => {
    expect(await read('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502, type: 'text/html' })).to.deep.equal({ ok: false, status: 502, code: 'server' });
    expect(await read('{"message":"SQLSTATE[HY000] secret"}', { status: 500 })).to.deep.equal({ ok: false, status: 500, code: 'server' });
  });

  it('should classify a non-JSON body of a JSON endpoint as bad-response, even with 200', async () => {
    expect(await read('<!doctype html><title>Home</title><p>Welcome</p>', { status: 200, type: 'text/html' })).to.deep.equal({ ok: false, status: 200, code: 'bad-response' });
    expect(await read('<html>Not found</html>', { status: 404, type: 'text/html' })).to.deep.equal({ ok: false, status: 404, code: 'bad-response' });
    expect(await read('', { status: 400 })).to.deep.equal({ ok: false, status: 400, code: 'rejected' });
  });

  it("should read WordPress's HTML error page (format=form, 200, no redirect) as a refusal with its message", async () => {
    const page = `<!DOCTYPE html><html><head><title>Comment Submission Failure</title><style>body{color:red}</style></head>
      <body id="error-page"><div class="wp-die-message"><p><strong>Error:</strong> Please enter a valid email address.</p></div></body></html>`;
    expect(await read(page, { status: 200, type: 'text/html' }, 'form')).to.deep.equal({ ok: false, status: 200, code: 'rejected', message: 'Please enter a valid email address.' });
  });

  it('should read a followed redirect (format=form) as success, pending when the URL has unapproved=', async () => {
    const page = respond(200, '<!doctype html><title>Post</title><p>The post</p>', { type: 'text/html' });
    const held = `${page}&unapproved=12&moderation-hash=abc`;
    const pending = await send(respond(302, '', { headers: { Location: held } }), 'form');
    expect(pending).to.deep.equal({ ok: true, status: 200, response: null, moderation: 'pending' });
    const approved = await send(respond(302, '', { headers: { Location: page } }), 'form');
    expect(approved).to.deep.equal({ ok: true, status: 200, response: null, moderation: 'approved' });
  });
});

describe('comment-form transport: answers longer than MAX_SUBMIT_RESPONSE_BYTES', () => {
  /** JSON of more than MAX_SUBMIT_RESPONSE_BYTES bytes, `fields` first. */
  const longJson = (fields: object) => JSON.stringify({ ...fields, padding: 'x'.repeat(MAX_SUBMIT_RESPONSE_BYTES) });

  it('should read a body of exactly MAX_SUBMIT_RESPONSE_BYTES bytes', async () => {
    const head = '{"id":5,"status":"hold","padding":"';
    const body = `${head}${'x'.repeat(MAX_SUBMIT_RESPONSE_BYTES - head.length - 2)}"}`;
    expect(new TextEncoder().encode(body).length).to.equal(MAX_SUBMIT_RESPONSE_BYTES);
    expect(await read(body, { status: 201 })).to.include({ ok: true, moderation: 'pending' });
  });

  it('should take a longer 2xx as a success with no response, its moderation unknown', async () => {
    expect(await read(longJson({ id: 5, status: 'hold' }), { status: 201 })).to.deep.equal({ ok: true, status: 201, response: null, moderation: 'unknown' });
    expect(await read(longJson({}), { status: 200 }, 'wordpress')).to.deep.equal({ ok: true, status: 200, response: null, moderation: 'unknown' });
  });

  it('should judge a longer error by its status alone', async () => {
    const body = longJson({ code: 'rest_invalid_param', message: 'Links are not allowed.', data: { params: { author_email: 'Invalid.' } } });
    expect(await read(body, { status: 400 })).to.deep.equal({ ok: false, status: 400, code: 'rejected' });
    expect(await read(body, { status: 409 })).to.deep.equal({ ok: false, status: 409, code: 'duplicate' });
    expect(await read(body, { status: 429, headers: { 'Retry-After': '30' } })).to.deep.equal({ ok: false, status: 429, code: 'too-fast', retryAfter: 30 });
    expect(await read(body, { status: 503 })).to.deep.equal({ ok: false, status: 503, code: 'server' });
  });

  it('should not take a longer 200 without a redirect as a success for format=form', async () => {
    expect(await read(longJson({ code: 'wp_die' }), { status: 200 }, 'form')).to.deep.equal({ ok: false, status: 200, code: 'bad-response' });
    const page = `<html><body><div class="wp-die-message"><p><strong>Error:</strong> Please type your comment text.</p></div>${'<p>…</p>'.repeat(MAX_SUBMIT_RESPONSE_BYTES / 4)}`;
    expect(await read(page, { status: 200, type: 'text/html' }, 'form')).to.deep.equal({ ok: false, status: 200, code: 'rejected', message: 'Please type your comment text.' });
  });

  it('should read 64 KB of a 20 MB answer, stop its download, and report the success', async () => {
    const id = uniqueId();
    const started = performance.now();
    // Paced (2 ms per 64 KB: about 0.6 s for the whole body), so that a download left running would
    // have finished by the check, and one stopped cannot have been buffered whole beforehand.
    expect(await send(bigAnswer(id, 20_000_000, 201, 'x', 2))).to.deep.equal({ ok: true, status: 201, response: null, moderation: 'unknown' });
    expect(performance.now() - started).to.be.below(3000);
    await aTimeout(1500);
    expect((await bigAnswerSent(id)).done, 'the whole body went out').to.equal(false);
  });

  it('should report a 20 MB 400 full of unclosed tags by its status, at once', async () => {
    const started = performance.now();
    expect(await send(bigAnswer(uniqueId(), 20_000_000, 400, '<p '))).to.deep.equal({ ok: false, status: 400, code: 'rejected' });
    expect(performance.now() - started).to.be.below(3000);
  });

  it('should read a form post redirected to a page of 20 MB as a success, pending from its URL', async () => {
    const post = `${bigAnswer(uniqueId(), 20_000_000, 200)}&unapproved=12&moderation-hash=abc`;
    expect(await send(respond(302, '', { headers: { Location: post } }), 'form')).to.deep.equal({ ok: true, status: 200, response: null, moderation: 'pending' });
  });
});

describe('comment-form transport: redirects', () => {
  afterEach(restoreFetch);

  /**
   * Posts to an endpoint (on `endpointOrigin`) that answers `status` with a `Location` on
   * `targetOrigin`, where every request is recorded; resolves with the result and the record.
   */
  async function redirect(format: CommentFormat, status: number, { endpointOrigin = location.origin, targetOrigin = otherOrigin() } = {}) {
    const id = uniqueId();
    const endpoint = endpointOrigin + respond(status, '', { cors: true, headers: { Location: recorder(id, targetOrigin) } });
    const result = await send(endpoint, format, { headers: { 'X-WP-Nonce': 'n0nce' } });
    return { result, recorded: await recordedAt(id) };
  }

  for (const format of ['json', 'wordpress'] as const) {
    it(`should follow no redirect with format=${format}, whether to another origin or its own`, async () => {
      for (const status of [307, 308, 302, 301, 303]) {
        for (const targetOrigin of [otherOrigin(), location.origin]) {
          const { result, recorded } = await redirect(format, status, { targetOrigin });
          expect(result, `${status} to ${targetOrigin}`).to.deep.equal({ ok: false, status: 0, code: 'redirected' });
          expect(recorded, `${status} to ${targetOrigin}`).to.deep.equal([]);
        }
      }
    });

    it(`should follow no redirect of an endpoint on another origin with format=${format}`, async () => {
      const { result, recorded } = await redirect(format, 307, { endpointOrigin: otherOrigin(), targetOrigin: location.origin });
      expect(result).to.deep.equal({ ok: false, status: 0, code: 'redirected' });
      expect(recorded).to.deep.equal([]);
    });
  }

  it('should let format=form follow a redirect within its own origin, and no other', async () => {
    for (const status of [307, 308, 302]) {
      const { result, recorded } = await redirect('form', status);
      // The browser refuses the redirect before it sends anything; it does not say why.
      expect(result, String(status)).to.deep.equal({ ok: false, status: 0, code: 'network' });
      expect(recorded, String(status)).to.deep.equal([]);
    }
    const { result, recorded } = await redirect('form', 307, { targetOrigin: location.origin });
    expect(result).to.deep.equal({ ok: true, status: 201, response: { status: 'approved' }, moderation: 'approved' });
    expect(recorded.map((request) => request.method)).to.deep.equal(['POST']);
  });

  it('should take the redirect of a form endpoint on another origin as sent, and follow it nowhere', async () => {
    for (const status of [302, 307]) {
      const { result, recorded } = await redirect('form', status, { endpointOrigin: otherOrigin(), targetOrigin: location.origin });
      expect(result, String(status)).to.deep.equal({ ok: true, status: 0, response: null, moderation: 'unknown' });
      expect(recorded, String(status)).to.deep.equal([]);
    }
  });

  it('should refuse a followed redirect that ended on another origin (format=form)', async () => {
    const response = new Response('<!doctype html><title>Post</title>', { status: 200, headers: { 'Content-Type': 'text/html' } });
    Object.defineProperties(response, { redirected: { value: true }, url: { value: 'https://elsewhere.example/post/?unapproved=12' } });
    const calls = stubFetch(() => response);
    expect(await send('/wp-comments-post.php', 'form')).to.deep.equal({ ok: false, status: 200, code: 'redirected' });
    expect(calls[0].init).to.include({ mode: 'same-origin', redirect: 'follow' });
  });
});

describe('comment-form transport: helpers', () => {
  it('should parse Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('30')).to.equal(30);
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'))).to.equal(60);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:59.5 GMT'))).to.equal(1); // rounded up
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).to.equal(0); // already past
  });

  it('should make random v4 UUIDs for Idempotency-Key', () => {
    const keys = Array.from({ length: 200 }, newIdempotencyKey);
    for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).to.equal(keys.length);
  });
});
