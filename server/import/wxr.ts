// A WordPress export (WXR: Tools → Export, or `wp export`): `<rss><channel>` with the site's
// `<wp:base_site_url>`, then one `<item>` per post with its `<wp:comment>`s. Read into threads and
// comments (source.ts). WordPress stores a comment as typed, with whatever HTML kses allowed, and
// its entities; it is read into plain text (text.ts). Pingbacks and trackbacks are left out and
// counted. WordPress never exports spam (export_wp skips it); a file that has some keeps it spam.
import { htmlToLine, htmlToText } from './text.js';
import { child, childText, ImportFileError, readXmlFile, readXmlText, xmlRecordParser, type XmlElement } from './xml.js';
import { cleanField, completeUrl, isWebUrl } from 'news-elements/rules';
import type { CommentStatus } from '../storage/store.js';
import { isoDate, lastPathSegment, noSkips, withKnownParents, type ParsedExport, type SourceComment, type SourceThread } from './source.js';

/** `comment_approved` → our status (`post-trashed`: a comment of a post in the trash). */
const STATUSES: Readonly<Record<string, CommentStatus>> = { '1': 'approved', '0': 'pending', spam: 'spam', trash: 'trash', 'post-trashed': 'trash' };

/** WordPress's dates are `YYYY-MM-DD HH:MM:SS`; `_gmt` ones are UTC, `0000-00-00 00:00:00` when unknown. */
function wordpressDate(gmt: string, local: string): string | undefined {
  const shape = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
  for (const value of [gmt, local]) if (shape.test(value) && !value.startsWith('0000')) return isoDate(`${value.replace(' ', 'T')}Z`);
  return undefined;
}

/** An author's website when it is one (http or https); '' otherwise. */
export function authorUrl(value: string): string {
  const url = completeUrl(cleanField('url', value));
  return url && isWebUrl(url) ? url : '';
}

/** A WXR export, incrementally: feed it with `write`, then `end()` for the result. */
export function wxrParser() {
  let site = '';
  let version = '';
  const threads: SourceThread[] = [];
  const comments: SourceComment[] = [];
  const skipped = noSkips();

  const readItem = (item: XmlElement) => {
    const link = childText(item, 'link');
    const thread: SourceThread = {
      id: childText(item, 'wp:post_id'),
      link,
      slug: childText(item, 'wp:post_name') || lastPathSegment(link),
      title: childText(item, 'title'),
    };
    const own = item.children.filter((element) => element.name === 'wp:comment');
    if (own.length === 0) return;
    if (!site) throw new ImportFileError('no <wp:base_site_url> before the first post: is this a WordPress export?', item.line);
    threads.push(thread);
    for (const element of own) {
      const type = childText(element, 'wp:comment_type') || 'comment';
      if (type === 'pingback' || type === 'trackback') {
        skipped[type]++;
        continue;
      }
      if (type !== 'comment') {
        skipped.otherType++;
        continue;
      }
      const status = STATUSES[childText(element, 'wp:comment_approved')];
      if (!status) {
        skipped.unknownStatus++;
        continue;
      }
      const date = wordpressDate(childText(element, 'wp:comment_date_gmt'), childText(element, 'wp:comment_date'));
      if (!date) {
        skipped.badDate++;
        continue;
      }
      // Not trimmed before it is read: its line breaks are its paragraphs.
      const content = htmlToText(child(element, 'wp:comment_content')?.text ?? '', { newlines: 'keep' });
      if (!content) {
        skipped.empty++;
        continue;
      }
      const id = childText(element, 'wp:comment_id');
      if (!/^\d+$/.test(id)) throw new ImportFileError(`a comment without a numeric <wp:comment_id> (${JSON.stringify(id)})`, element.line);
      const parent = childText(element, 'wp:comment_parent');
      comments.push({
        source: `wordpress:${site}:${id}`,
        parentSource: /^[1-9]\d*$/.test(parent) ? `wordpress:${site}:${parent}` : null,
        thread,
        name: htmlToLine(childText(element, 'wp:comment_author')),
        email: cleanField('email', childText(element, 'wp:comment_author_email')),
        url: authorUrl(childText(element, 'wp:comment_author_url')),
        content,
        date,
        status,
      });
    }
  };

  const xml = xmlRecordParser({
    root: 'rss',
    isRecord: (ancestors, name) => ancestors.at(-1) === 'channel' && (name === 'item' || name === 'wp:base_site_url' || name === 'wp:wxr_version'),
    onRecord(record) {
      if (record.name === 'wp:base_site_url') site = record.text.trim().replace(/\/+$/, '');
      else if (record.name === 'wp:wxr_version') version = record.text.trim();
      else readItem(record);
    },
  });

  return {
    write: (chunk: string) => xml.write(chunk),
    end(): ParsedExport {
      xml.end();
      if (!version) throw new ImportFileError('no <wp:wxr_version> in the channel: this is not a WordPress export (WXR)');
      return { format: 'wordpress', threads, ...withKnownParents(comments), skipped };
    },
  };
}

/** Reads a WXR string (tests) … */
export const parseWxr = (text: string): ParsedExport => readXmlText(text, wxrParser());

/** … or file. */
export const readWxrFile = (path: string): Promise<ParsedExport> => readXmlFile(path, wxrParser());
