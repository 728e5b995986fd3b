// Cross-site posts: a page on another site must not be able to make its visitors post comments
// (a plain HTML form needs no CORS). Refused with 403 cross_site unless the origin is listed in
// corsOrigins (CORS_ORIGINS), which also get CORS answers. Same-origin pages and clients that are
// not browsers keep posting.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { appOptionsFromEnv } from '../../server/app.js';
import { parseOrigins } from '../../server/origin.js';
import { ARTICLE, TOKEN, get, jsonComment, postForm, postJson, startServer, storedRows, tempDir, type TestServer } from './helpers.js';

const LISTED = 'https://news.example';
const EVIL = 'https://evil.example';

describe('cross-site POSTs', () => {
  const tmp = tempDir();
  let s: TestServer;
  let own: string; // the server's own origin, as a browser on its page would send it
  let n = 0;
  const form = () => {
    n += 1;
    return { comment: `Form comment ${n}.`, author: `Reader ${n}`, email: `r${n}@example.com`, comment_post_ID: ARTICLE };
  };
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'cross-site.db'), moderationToken: TOKEN, corsOrigins: [LISTED] });
    own = s.url;
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('refuses a form post from another site with 403 cross_site, storing nothing', async () => {
    const r = await postForm(s.url, form(), { Origin: EVIL, 'Sec-Fetch-Site': 'cross-site' });
    assert.equal(r.status, 403);
    assert.equal(r.json.code, 'cross_site');
    assert.equal(typeof r.json.message, 'string');
    assert.equal(r.headers.get('access-control-allow-origin'), null);
    assert.equal(storedRows(s.dbPath).length, 0);
  });

  it('refuses every other cross-site shape: JSON, same-site but unlisted, old browsers, Origin: null, the approve route', async () => {
    const refused: Array<[string, Record<string, string>]> = [
      ['cross-site JSON', { Origin: EVIL, 'Sec-Fetch-Site': 'cross-site' }],
      ['cross-site, Fetch Metadata only', { 'Sec-Fetch-Site': 'cross-site' }],
      ['same-site, unlisted', { Origin: 'https://comments.news.example', 'Sec-Fetch-Site': 'same-site' }],
      ['no Fetch Metadata, foreign Origin', { Origin: EVIL }],
      ['no Fetch Metadata, foreign port', { Origin: own.replace(/:(\d+)$/, (_, p) => `:${Number(p) + 1}`) }],
      ['Origin: null', { Origin: 'null' }],
      ['Origin: null, cross-site', { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' }],
      ['listed origin with a path is not the listed origin', { Origin: `${LISTED}/`, 'Sec-Fetch-Site': 'cross-site' }],
      ['unknown Sec-Fetch-Site value', { Origin: EVIL, 'Sec-Fetch-Site': 'bogus' }],
    ];
    for (const [what, headers] of refused) {
      const r = await postJson(s.url, jsonComment({ content: `Refused: ${what}.` }), headers);
      assert.equal(r.status, 403, what);
      assert.equal(r.json.code, 'cross_site', what);
    }
    const approve = await fetch(`${s.url}/api/comments/1/approve`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, Origin: EVIL, 'Sec-Fetch-Site': 'cross-site' },
    });
    assert.equal(approve.status, 403);
    assert.equal((await approve.json()).code, 'cross_site');
    assert.equal(storedRows(s.dbPath).length, 0);
  });

  it('accepts the article’s own pages (same origin, with or without Fetch Metadata), user navigation and non-browser clients', async () => {
    const accepted: Array<[string, Record<string, string>]> = [
      ['same-origin form, current browser', { Origin: own, 'Sec-Fetch-Site': 'same-origin' }],
      ['same-origin, Fetch Metadata only', { 'Sec-Fetch-Site': 'same-origin' }],
      ['same-origin, old browser (Origin equals Host)', { Origin: own }],
      ['Sec-Fetch-Site: none (typed by the user)', { 'Sec-Fetch-Site': 'none' }],
      ['curl: neither header', {}],
    ];
    for (const [what, headers] of accepted) {
      const r = await postForm(s.url, form(), headers);
      assert.equal(r.status, 201, what);
      assert.equal(r.headers.get('access-control-allow-origin'), null, `${what}: no CORS needed`);
      assert.equal(r.headers.get('vary'), 'Origin');
    }
    assert.equal(storedRows(s.dbPath).length, accepted.length);
  });

  it('accepts a listed origin, cross-site or same-site, and answers it with CORS', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const r = await postJson(s.url, jsonComment({ content: `From the listed origin, ${site}.` }), { Origin: LISTED, 'Sec-Fetch-Site': site });
      assert.equal(r.status, 201, site);
      assert.equal(r.headers.get('access-control-allow-origin'), LISTED);
      assert.equal(r.headers.get('vary'), 'Origin');
      assert.match(r.headers.get('access-control-expose-headers')!, /Retry-After/);
    }
    // Errors carry CORS too, so the form on the listed site can show them.
    const invalid = await postJson(s.url, jsonComment({ content: '' }), { Origin: LISTED, 'Sec-Fetch-Site': 'cross-site' });
    assert.equal(invalid.status, 422);
    assert.equal(invalid.headers.get('access-control-allow-origin'), LISTED);
  });

  it('answers a preflight for a listed origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${s.url}/api/comments`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
      });
    const ok = await preflight(LISTED);
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), LISTED);
    assert.equal(ok.headers.get('access-control-allow-methods'), 'POST, GET');
    assert.equal(ok.headers.get('access-control-allow-headers'), 'Content-Type, Idempotency-Key, Accept');
    assert.equal(ok.headers.get('vary'), 'Origin');
    const no = await preflight(EVIL);
    assert.equal(no.status, 403);
    assert.equal(no.headers.get('access-control-allow-origin'), null);
    assert.equal((await no.json()).code, 'cross_site');
  });

  it('lets anyone GET the public listing, with CORS only for a listed origin', async () => {
    const path = `${s.url}/api/articles/${ARTICLE}/comments`;
    const listed = await get(path, { Origin: LISTED, 'Sec-Fetch-Site': 'cross-site' });
    assert.equal(listed.status, 200);
    assert.equal(listed.headers.get('access-control-allow-origin'), LISTED);
    const other = await get(path, { Origin: EVIL, 'Sec-Fetch-Site': 'cross-site' });
    assert.equal(other.status, 200);
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    assert.equal(other.headers.get('vary'), 'Origin');
  });
});

describe('CORS_ORIGINS', () => {
  it('is a comma-separated list of bare origins', () => {
    assert.deepEqual(parseOrigins(''), []);
    assert.deepEqual(parseOrigins(' https://news.example , http://localhost:8080,https://www.news.example/ '), [
      'https://news.example',
      'http://localhost:8080',
      'https://www.news.example',
    ]);
    const env = appOptionsFromEnv({ CORS_ORIGINS: 'https://news.example' }, { dbPath: 'x.db', autoApproveByDefault: false });
    assert.deepEqual(env.corsOrigins, ['https://news.example']);
  });

  it('refuses anything that is not an origin, at start-up', () => {
    for (const bad of ['*', 'null', 'news.example', 'https://news.example/comments', 'ftp://news.example', 'https://news.example:443', 'https://user@news.example']) {
      assert.throws(() => parseOrigins(bad), /CORS_ORIGINS/, bad);
    }
  });
});
