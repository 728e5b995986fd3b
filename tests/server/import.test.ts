// `news-elements import wordpress|disqus` and `news-elements export`: the two readers on their
// fixtures (a real WordPress export of the test rig, a hand-made Disqus export), the plain text they
// make of HTML, the guards against hostile XML, the mapping to article ids, and the command end to
// end into SQLite and PostgreSQL (a throwaway cluster from scripts/postgres.mjs): a re-run stores
// nothing twice, and the export gives back what was imported.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { postgresUnavailable, startPostgres } from '../../scripts/postgres.mjs';
import { importExport, type CommandIo } from '../../server/import/cli.js';
import { parseDisqus, readDisqusFile } from '../../server/import/disqus.js';
import { articleIdOf, mapComments } from '../../server/import/mapping.js';
import type { ParsedExport, SourceComment, SourceThread } from '../../server/import/source.js';
import { htmlToText } from '../../server/import/text.js';
import { parseWxr, readWxrFile } from '../../server/import/wxr.js';
import { readXmlFile, xmlRecordParser } from '../../server/import/xml.js';
import { tempDir } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const WXR = join(FIXTURES, 'wordpress-export.xml');
const DISQUS = join(FIXTURES, 'disqus-export.xml');
const SITE = 'wordpress:http://127.0.0.1:8081';

const bySource = (parsed: ParsedExport) => new Map(parsed.comments.map((comment) => [comment.source, comment]));
const fields = ({ thread, ...comment }: SourceComment) => ({ ...comment, thread: thread.id });

/** A WXR document around `items` (one `<item>` each), as WordPress writes it. */
const wxr = (items: string, site = 'https://site.example') => `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${site}</wp:base_site_url>
${items}
</channel></rss>`;
const wxrComment = (id: number, fields: Record<string, string>) =>
  `<wp:comment><wp:comment_id>${id}</wp:comment_id>${Object.entries({
    comment_author: 'Ada',
    comment_author_email: 'ada@example.com',
    comment_date: '2026-01-14 09:30:00',
    comment_date_gmt: '2026-01-14 08:30:00',
    comment_content: 'Hello',
    comment_approved: '1',
    comment_type: 'comment',
    comment_parent: '0',
    ...fields,
  })
    .map(([name, value]) => `<wp:${name}><![CDATA[${value}]]></wp:${name}>`)
    .join('')}</wp:comment>`;
const wxrItem = (comments: string, post = '<wp:post_id>7</wp:post_id><link>https://site.example/renters/</link><wp:post_name>renters</wp:post_name>') =>
  `<item><title>Renters</title>${post}${comments}</item>`;

describe('import: a WordPress export (WXR) made by the rig’s WordPress', () => {
  it('reads every comment of every post, with its author, UTC date, status and parent', async () => {
    const parsed = await readWxrFile(WXR);
    assert.deepEqual(
      parsed.threads.map((thread) => ({ ...thread })),
      [
        { id: '1', link: 'http://127.0.0.1:8081/hello-world/', slug: 'hello-world', title: 'Hello world!' },
        { id: '5', link: 'http://127.0.0.1:8081/fall-statement-renters/', slug: 'fall-statement-renters', title: 'Fall statement: what it means for renters' },
      ],
    );
    const comments = bySource(parsed);
    assert.deepEqual([...comments.keys()], [1, 27, 28, 29, 30, 32].map((id) => `${SITE}:${id}`));
    // The site was in Paris: 01:30 local before the clocks went forward that night, 03:15 after.
    assert.deepEqual(fields(comments.get(`${SITE}:27`)!), {
      source: `${SITE}:27`,
      parentSource: null,
      thread: '5',
      name: 'Zoë Lefèvre',
      email: 'zoe@example.com',
      url: 'https://zoe.example',
      content: 'Renters should read page 12 & the annex.\n\nSee the annex (https://budget.example/annex) — before you sign.',
      date: '2026-03-29T00:30:00.000Z',
      status: 'approved',
    });
    assert.equal(comments.get(`${SITE}:28`)!.date, '2026-03-29T01:15:00.000Z');
    assert.deepEqual(
      [...comments.values()].map((comment) => [comment.source.slice(SITE.length + 1), comment.parentSource?.slice(SITE.length + 1) ?? null, comment.status]),
      [
        ['1', null, 'approved'],
        ['27', null, 'approved'],
        ['28', '27', 'approved'],
        ['29', '28', 'approved'],
        ['30', null, 'pending'],
        ['32', '27', 'trash'],
      ],
    );
  });

  it('stores plain text: entities decoded, tags gone, paragraphs as blank lines, link addresses kept', async () => {
    const comments = bySource(await readWxrFile(WXR));
    assert.equal(comments.get(`${SITE}:28`)!.content, 'Agreed. Page 12\'s table is wrong, though: 3 < 5 and "rebate" ≠ refund.');
    assert.equal(comments.get(`${SITE}:29`)!.content, 'Thanks, both: we fixed the table.\n\nThe corrected PDF is at news.example (https://news.example/fall-statement.pdf).');
    assert.equal(comments.get(`${SITE}:30`)!.content, 'Does the rebate count as income? alert(1)'); // kses took the tags, we keep the words
    for (const comment of comments.values()) assert.doesNotMatch(comment.content, /<\/?[a-z][^>]*>|&(\w+|#\d+);/, comment.source);
  });

  it('leaves out pingbacks and trackbacks and counts them (WordPress itself leaves spam out of its export)', async () => {
    const parsed = await readWxrFile(WXR);
    assert.equal(parsed.skipped.pingback, 1);
    assert.ok(!bySource(parsed).has(`${SITE}:33`), 'the pingback');
    assert.ok(!bySource(parsed).has(`${SITE}:31`), 'the spam comment the rig had: not in the export');
    const other = parseWxr(wxr(wxrItem(wxrComment(1, { comment_type: 'trackback' }) + wxrComment(2, { comment_type: 'order_note' }) + wxrComment(3, {}))));
    assert.deepEqual([other.skipped.trackback, other.skipped.otherType, other.comments.length], [1, 1, 1]);
  });

  it('maps every comment_approved value: 1, 0, spam, trash, post-trashed; an unknown one is left out and counted', () => {
    const statuses = ['1', '0', 'spam', 'trash', 'post-trashed', 'maybe'];
    const parsed = parseWxr(wxr(wxrItem(statuses.map((value, i) => wxrComment(i + 1, { comment_approved: value })).join(''))));
    assert.deepEqual(parsed.comments.map((comment) => comment.status), ['approved', 'pending', 'spam', 'trash', 'trash']);
    assert.equal(parsed.skipped.unknownStatus, 1);
  });

  it('takes the GMT date, else the local one when WordPress stored none (0000-00-00), else leaves the comment out', () => {
    const parsed = parseWxr(
      wxr(wxrItem(wxrComment(1, {}) + wxrComment(2, { comment_date_gmt: '0000-00-00 00:00:00' }) + wxrComment(3, { comment_date_gmt: '0000-00-00 00:00:00', comment_date: 'yesterday' }))),
    );
    assert.deepEqual(parsed.comments.map((comment) => comment.date), ['2026-01-14T08:30:00.000Z', '2026-01-14T09:30:00.000Z']);
    assert.equal(parsed.skipped.badDate, 1);
  });

  it('imports a reply whose parent the file does not have (spam, left out by WordPress) at the top level, and says so', () => {
    const parsed = parseWxr(wxr(wxrItem(wxrComment(1, {}) + wxrComment(2, { comment_parent: '1' }) + wxrComment(3, { comment_parent: '99' }))));
    assert.deepEqual(parsed.comments.map((comment) => comment.parentSource), [null, 'wordpress:https://site.example:1', null]);
    assert.equal(parsed.orphans, 1);
  });

  it('keeps an author website only when it is an http(s) address, and decodes entities in names', () => {
    const parsed = parseWxr(
      wxr(wxrItem(wxrComment(1, { comment_author: 'Tom &amp; Jerry', comment_author_url: 'javascript:alert(1)' }) + wxrComment(2, { comment_author_url: 'zoe.example' }))),
    );
    assert.deepEqual(parsed.comments.map((comment) => [comment.name, comment.url]), [['Tom & Jerry', ''], ['Ada', 'https://zoe.example']]);
  });
});

describe('import: a Disqus export', () => {
  it('reads threads and posts: non-ASCII authors, UTC dates, replies, spam as spam, a deleted post in the trash', async () => {
    const parsed = await readDisqusFile(DISQUS);
    assert.deepEqual(
      parsed.threads.map((thread) => [thread.id, thread.slug]),
      [
        ['carney-beijing-visit', 'carney-beijing-visit'],
        ['7100002', 'fall-statement-renters'], // no identifier: the thread's dsq:id
      ],
    );
    const key = (id: number) => `disqus:news-example:${id}`;
    assert.deepEqual(
      parsed.comments.map((comment) => [comment.source, comment.parentSource, comment.name, comment.date, comment.status]),
      [
        [key(9000001), null, 'François Côté', '2026-01-14T09:15:00.000Z', 'approved'],
        [key(9000002), key(9000001), '王小明', '2026-01-14T10:02:30.000Z', 'approved'],
        [key(9000003), null, 'Best Deals', '2026-01-14T11:00:00.000Z', 'spam'],
        [key(9000004), key(9000002), 'François Côté', '2026-01-14T12:30:00.000Z', 'trash'],
        [key(9000005), key(9000004), 'Ingrid Øvergård', '2026-01-14T13:45:00.000Z', 'approved'],
        [key(9000006), null, 'Jan Nováček', '2026-03-29T05:05:00.000Z', 'approved'], // +02:00 in the file
      ],
    );
    assert.equal(parsed.comments[0]!.email, 'francois@example.ca');
  });

  it('makes plain text of the messages: paragraphs, line breaks, entities, link addresses; markup never survives', async () => {
    const [first, second, , , hostile, quoted] = (await readDisqusFile(DISQUS)).comments;
    assert.equal(first!.content, "Canola farmers will be watching the fine print & the quotas.\n\nSee the ministry's notice (https://agri.example/canola).");
    assert.equal(second!.content, '王小明 here: the tariff on EVs is 100 %, not 10 %.\nCheck it.');
    assert.equal(hostile!.content, 'Replying to the deleted one: <script>alert("x")</script> is what they wrote, as text.');
    assert.equal(quoted!.content, 'Does the rebate count as income?\n\nThe fall statement doubles the rebate.\n\nAsking for my landlord…');
  });

  it('counts the posts of a thread the file does not have, and those with no text', () => {
    const parsed = parseDisqus(`<disqus xmlns:dsq="http://disqus.com/disqus-internals">
      <thread dsq:id="1"><id>a</id><forum>f</forum><link>https://x.example/a/</link></thread>
      <post dsq:id="10"><message>Hi</message><createdAt>2026-01-01T00:00:00Z</createdAt><thread dsq:id="2"/></post>
      <post dsq:id="11"><message><![CDATA[<p> </p>]]></message><createdAt>2026-01-01T00:00:00Z</createdAt><thread dsq:id="1"/></post>
      <post dsq:id="12"><message>Kept</message><createdAt>2026-01-01T00:00:00Z</createdAt><thread dsq:id="1"/><parent dsq:id="11"/></post>
    </disqus>`);
    assert.deepEqual([parsed.skipped.noThread, parsed.skipped.empty, parsed.orphans, parsed.comments.length], [1, 1, 1, 1]);
  });
});

describe('import: hostile files and content', () => {
  it('never keeps markup: scripts and styles go with their text, event handlers and javascript: links with their tags', () => {
    const text = htmlToText(
      '<p onclick="x()">Hi <a href="javascript:alert(1)">there</a><script>steal()</script><style>p{}</style><img src=x onerror="alert(1)"><iframe src="https://evil.example"></iframe></p>&lt;img src=x onerror=alert(1)&gt;',
      { newlines: 'collapse' },
    );
    assert.equal(text, 'Hi there\n\n<img src=x onerror=alert(1)>');
  });

  it('refuses a DOCTYPE, so no entity is ever expanded (billion laughs)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<rss><channel><wp:wxr_version>1.2</wp:wxr_version><item>&c;</item></channel></rss>`;
    assert.throws(() => parseWxr(bomb), /line 1: a DOCTYPE is not accepted/);
  });

  it('says where a file is broken: an undefined entity, a wrong root, a document cut short, not an export', () => {
    assert.throws(() => parseWxr(wxr('<item>\n&nbsp;</item>')), /line 5: Invalid character entity/);
    assert.throws(() => parseWxr('<disqus></disqus>'), /line 1: the document's root is <disqus>, not <rss>/);
    assert.throws(() => parseDisqus('<disqus>\n<thread dsq:id="1">'), /line 2: Unclosed root tag/);
    assert.throws(() => parseWxr('<rss><channel><item/></channel></rss>'), /no <wp:wxr_version>/);
  });

  it('stops at a record or a file larger than its limit, with a message', async () => {
    const parser = xmlRecordParser({ root: 'r', isRecord: (ancestors) => ancestors.length === 1, onRecord: () => {}, maxRecordChars: 1000 });
    assert.throws(() => parser.write(`<r><item>${'x'.repeat(2000)}</item></r>`), /line 1: a record \(from line 1\) holds more than 1000 characters/);
    const many = xmlRecordParser({ root: 'r', isRecord: (ancestors) => ancestors.length === 1, onRecord: () => {}, maxRecordChars: 1000 });
    assert.throws(() => many.write(`<r><item>${'<e/>'.repeat(100)}</item></r>`), /holds more than 1000 characters/);
    await assert.rejects(readXmlFile(WXR, { write() {}, end() {} }, 1000), /wordpress-export\.xml is \d+ bytes, more than the 1000 an import reads/);
  });
});

describe('import: threads to article ids', () => {
  const thread: SourceThread = { id: '5', link: 'https://news.example/2026/03/fall-statement-renters/?utm_source=feed', slug: 'fall-statement-renters', title: 'Renters' };

  it('uses the slug by default, or the link, or the source’s id', () => {
    assert.deepEqual(articleIdOf(thread, { by: 'slug' }), { articleId: 'fall-statement-renters', how: 'slug' });
    assert.deepEqual(articleIdOf(thread, { by: 'url' }), { articleId: thread.link, how: 'url' });
    assert.deepEqual(articleIdOf(thread, { by: 'id' }), { articleId: '5', how: 'id' });
    assert.equal(articleIdOf({ ...thread, slug: '' }, { by: 'slug' }), undefined);
  });

  it('takes the map first (by link, the link without its query, or id); with strict, a thread it does not name has none', () => {
    const map = (entries: Record<string, string>) => ({ by: 'slug' as const, map: new Map(Object.entries(entries)) });
    assert.equal(articleIdOf(thread, map({ [thread.link]: 'by-link' }))?.articleId, 'by-link');
    assert.equal(articleIdOf(thread, map({ 'https://news.example/2026/03/fall-statement-renters/': 'by-plain-link' }))?.articleId, 'by-plain-link');
    assert.equal(articleIdOf(thread, map({ '5': 'by-id' }))?.articleId, 'by-id');
    assert.equal(articleIdOf(thread, map({ '6': 'other' }))?.articleId, 'fall-statement-renters');
    assert.equal(articleIdOf(thread, { ...map({ '6': 'other' }), strict: true }), undefined);
  });

  it('leaves out the comments of unmapped threads and a key the file repeats, and orders the rest oldest first', () => {
    const other: SourceThread = { ...thread, id: '6', slug: '' };
    const comment = (source: string, date: string, on = thread): SourceComment => ({ source, parentSource: null, thread: on, name: 'A', email: '', url: '', content: 'x', date, status: 'approved' });
    const mapped = mapComments([comment('b', '2026-01-02'), comment('a', '2026-01-01'), comment('b', '2026-01-03'), comment('c', '2026-01-01', other)], [thread, other], { by: 'slug' });
    assert.deepEqual(mapped.comments.map((c) => [c.source, c.articleId]), [['a', 'fall-statement-renters'], ['b', 'fall-statement-renters']]);
    assert.deepEqual([mapped.unmappedComments, mapped.duplicates], [1, 1]);
  });
});

/** Runs the command in this process; its output and status. */
async function run(command: 'import' | 'export', args: string[]) {
  let out = '';
  let err = '';
  const io: CommandIo = { out: (text) => void (out += text), err: (text) => void (err += text), env: {} };
  const status = await importExport(command, args, io);
  return { status, out, err };
}

/** What `export` gives for the WordPress fixture's post 5 (ids in date order from 1, as imported into an empty database). */
const EXPORTED_RENTERS = (ids: number[]) => {
  const [c27, c28, c29, c30, c32] = ids;
  const author = (name: string, email: string, url = '') => ({ name, email, url });
  return {
    articleId: 'fall-statement-renters',
    comments: [
      { id: c27, parentId: null, author: author('Zoë Lefèvre', 'zoe@example.com', 'https://zoe.example'), content: 'Renters should read page 12 & the annex.\n\nSee the annex (https://budget.example/annex) — before you sign.', date: '2026-03-29T00:30:00.000Z', status: 'approved' },
      { id: c28, parentId: c27, author: author("Marc O'Neil", 'marc@example.com'), content: 'Agreed. Page 12\'s table is wrong, though: 3 < 5 and "rebate" ≠ refund.', date: '2026-03-29T01:15:00.000Z', status: 'approved' },
      { id: c29, parentId: c28, author: author('admin', 'rig-admin@example.com'), content: 'Thanks, both: we fixed the table.\n\nThe corrected PDF is at news.example (https://news.example/fall-statement.pdf).', date: '2026-03-29T07:00:00.000Z', status: 'approved' },
      { id: c30, parentId: null, author: author('Jan Nováček', 'jan@example.cz'), content: 'Does the rebate count as income? alert(1)', date: '2026-03-30T10:00:00.000Z', status: 'pending' },
      { id: c32, parentId: c27, author: author('Zoë Lefèvre', 'zoe@example.com', 'https://zoe.example'), content: 'Actually, ignore my link: it was the old annex.', date: '2026-03-30T12:00:00.000Z', status: 'trash' },
    ],
  };
};

/** The command end to end on one database: import, re-run, the other format, export. */
function endToEnd(db: () => string) {
  it('imports the WordPress export, stores nothing on a re-run, and exports what it stored', async () => {
    const first = await run('import', ['wordpress', WXR, '--db', db()]);
    assert.equal(first.status, 0, first.err);
    assert.match(first.out, /2 threads, 6 comments to import/);
    assert.match(first.out, /Left out: pingbacks: 1\./);
    assert.match(first.out, /fall-statement-renters: 5 comments, from http:\/\/127\.0\.0\.1:8081\/fall-statement-renters\/ \(by slug\)/);
    assert.match(first.out, /hello-world: 1 comment, from/);
    assert.match(first.out, /: 6 inserted, 0 already imported\./);
    const again = await run('import', ['wordpress', WXR, '--db', db()]);
    assert.match(again.out, /: 0 inserted, 6 already imported\./);

    const exported = await run('export', ['--article', 'fall-statement-renters', '--db', db()]);
    assert.equal(exported.status, 0, exported.err);
    const json = JSON.parse(exported.out);
    assert.deepEqual(json, EXPORTED_RENTERS(json.comments.map((c: { id: number }) => c.id)));
    const ids = json.comments.map((c: { id: number }) => c.id);
    assert.deepEqual(ids, [...ids].sort((a: number, b: number) => a - b), 'oldest first');
  });

  it('imports the Disqus export beside it, under its own article ids, once', async () => {
    const first = await run('import', ['disqus', DISQUS, '--db', db()]);
    assert.match(first.out, /carney-beijing-visit: 5 comments/);
    assert.match(first.out, /: 6 inserted, 0 already imported\./);
    assert.match((await run('import', ['disqus', DISQUS, '--db', db()])).out, /: 0 inserted, 6 already imported\./);
    const { comments } = JSON.parse((await run('export', ['--article', 'carney-beijing-visit', '--db', db()])).out);
    assert.deepEqual(
      comments.map((c: { author: { name: string }; status: string }) => [c.author.name, c.status]),
      [['François Côté', 'approved'], ['王小明', 'approved'], ['Best Deals', 'spam'], ['François Côté', 'trash'], ['Ingrid Øvergård', 'approved']],
    );
    assert.equal(comments[1].parentId, comments[0].id);
    assert.equal(comments[4].parentId, comments[3].id, 'the reply to the deleted post keeps its place');
  });
}

describe('npx news-elements import / export: SQLite', () => {
  const tmp = tempDir();
  after(() => tmp.remove());
  const file = join(tmp.dir, 'comments.db');
  endToEnd(() => `sqlite:${file}`);

  it('with --dry-run, reads and reports but opens no database', async () => {
    const dry = join(tmp.dir, 'dry.db');
    const result = await run('import', ['wordpress', WXR, '--db', `sqlite:${dry}`, '--dry-run']);
    assert.equal(result.status, 0);
    assert.match(result.out, /Dry run: nothing stored \(6 comments to store/);
    assert.ok(!existsSync(dry));
  });

  it('with --map and --strict, imports only the threads the map names and lists the others', async () => {
    const map = join(tmp.dir, 'map.json');
    writeFileSync(map, JSON.stringify({ '5': 'renters-2026' }));
    const result = await run('import', ['wordpress', WXR, '--db', `sqlite:${join(tmp.dir, 'mapped.db')}`, '--map', map, '--strict']);
    assert.equal(result.status, 0, result.err);
    assert.match(result.out, /renters-2026: 5 comments, from http:\/\/127\.0\.0\.1:8081\/fall-statement-renters\/ \(by map\)/);
    assert.match(result.out, /Not imported, no article id \(add them to --map\): 1 thread, 1 comment:\n {2}http:\/\/127\.0\.0\.1:8081\/hello-world\/ \(id 1, "Hello world!"\)/);
    assert.match(result.out, /: 5 inserted, 0 already imported\./);
  });

  it('writes the export to --out', async () => {
    const out = join(tmp.dir, 'export.json');
    const result = await run('export', ['--article', 'hello-world', '--db', `sqlite:${file}`, '--out', out]);
    assert.equal(result.status, 0);
    assert.equal(result.out, '');
    assert.match(result.err, /Wrote 1 comment of hello-world to /);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).comments[0].author.name, 'A WordPress Commenter');
  });

  it('answers a wrong command line with status 2 and the usage, a bad file with status 1 and its line', async () => {
    for (const [command, args, message] of [
      ['import', ['mysql', WXR], /unknown format mysql/],
      ['import', ['wordpress'], /import takes one export file/],
      ['import', ['wordpress', WXR, '--by', 'title'], /--by must be slug, url or id/],
      ['import', ['wordpress', WXR, '--strict'], /--strict needs a --map file/],
      ['import', ['wordpress', WXR, '--db', 'mysql://x'], /--db must be sqlite:<file> or postgres:\/\//],
      ['import', ['wordpress', WXR, '--bogus'], /Unknown option '--bogus'/],
      ['export', [], /export needs --article <id>/],
    ] as const) {
      const result = await run(command, [...args]);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.err}`);
      assert.match(result.err, message);
      assert.match(result.err, new RegExp(`Usage: news-elements ${command}`));
    }
    const broken = join(tmp.dir, 'broken.xml');
    writeFileSync(broken, wxr(wxrItem(wxrComment(1, {})).replace('</item>', '')));
    const result = await run('import', ['wordpress', broken, '--db', `sqlite:${join(tmp.dir, 'broken.db')}`]);
    assert.equal(result.status, 1);
    assert.match(result.err, /broken\.xml, line 5: Unexpected close tag/);
    assert.equal((await run('import', ['disqus', join(tmp.dir, 'missing.xml')])).status, 1);
  });

  it('says everything in --help', async () => {
    const help = await run('import', ['--help']);
    assert.equal(help.status, 0);
    for (const option of ['--db', '--by', '--map', '--strict', '--dry-run', 'pingbacks', 'plain text', 'Exit status']) assert.ok(help.out.includes(option), option);
    assert.match((await run('export', ['-h'])).out, /--article <id>[\s\S]*--out <file>/);
  });
});

describe('npx news-elements import / export: PostgreSQL', { skip: postgresUnavailable() ?? false }, () => {
  let cluster: Awaited<ReturnType<typeof startPostgres>> | undefined;
  let url = '';
  before(async () => {
    cluster = await startPostgres();
    const admin = new pg.Client(cluster.url);
    await admin.connect();
    await admin.query('CREATE DATABASE import_test');
    await admin.end();
    url = cluster.url.replace(/\/postgres$/, '/import_test');
  });
  after(() => cluster?.stop());
  endToEnd(() => url);
});
