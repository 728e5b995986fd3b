// A Disqus export (Admin → Moderation → Export, or the `exports/exportForum` API): `<disqus>` with
// `<thread dsq:id>`s (the site's `<id>` identifier, `<link>`, `<title>`, `<forum>`) and, after or
// among them, `<post dsq:id>`s (`<message>` in HTML, `<createdAt>`, `<author>`, `<thread dsq:id>`,
// `<parent dsq:id>`, `<isDeleted>`, `<isSpam>`). Read into threads and comments (source.ts):
// spam stays spam; a deleted post is kept in the trash — never shown, but its replies keep their
// place in the thread — and one that Disqus emptied is left out (its replies move to the top level).
import { cleanField } from 'news-elements/rules';
import { htmlToText } from './text.js';
import { child, childText, ImportFileError, readXmlFile, readXmlText, xmlRecordParser, type XmlElement } from './xml.js';
import { isoDate, lastPathSegment, noSkips, withKnownParents, type ParsedExport, type SourceComment, type SourceThread } from './source.js';

const DSQ_ID = 'dsq:id';

/** A Disqus thread as read, with the forum its posts' keys are scoped to. */
interface DisqusThread {
  thread: SourceThread;
  forum: string;
}

export function disqusParser() {
  const threads = new Map<string, DisqusThread>();
  const posts: XmlElement[] = [];

  const readThread = (element: XmlElement) => {
    const dsqId = element.attributes[DSQ_ID] ?? '';
    if (!dsqId) throw new ImportFileError('a <thread> without its dsq:id', element.line);
    const link = childText(element, 'link');
    threads.set(dsqId, {
      thread: { id: childText(element, 'id') || dsqId, link, slug: lastPathSegment(link), title: childText(element, 'title') },
      forum: childText(element, 'forum'),
    });
  };

  const xml = xmlRecordParser({
    root: 'disqus',
    isRecord: (ancestors, name) => ancestors.length === 1 && (name === 'thread' || name === 'post'),
    onRecord: (record) => (record.name === 'thread' ? readThread(record) : posts.push(record)),
  });

  const end = (): ParsedExport => {
    xml.end();
    const skipped = noSkips();
    const comments: SourceComment[] = [];
    const used = new Set<SourceThread>();
    for (const post of posts) {
      const id = post.attributes[DSQ_ID] ?? '';
      if (!id) throw new ImportFileError('a <post> without its dsq:id', post.line);
      const read = threads.get(child(post, 'thread')?.attributes[DSQ_ID] ?? '');
      if (!read) {
        skipped.noThread++;
        continue;
      }
      const date = isoDate(childText(post, 'createdAt'));
      if (!date) {
        skipped.badDate++;
        continue;
      }
      const content = htmlToText(child(post, 'message')?.text ?? '', { newlines: 'collapse' });
      if (!content) {
        skipped.empty++;
        continue;
      }
      const author = child(post, 'author');
      const parent = child(post, 'parent')?.attributes[DSQ_ID];
      used.add(read.thread);
      comments.push({
        source: `disqus:${read.forum}:${id}`,
        parentSource: parent ? `disqus:${read.forum}:${parent}` : null,
        thread: read.thread,
        name: cleanField('name', childText(author, 'name') || childText(author, 'username')),
        email: cleanField('email', childText(author, 'email')),
        url: '',
        content,
        date,
        status: childText(post, 'isSpam') === 'true' ? 'spam' : childText(post, 'isDeleted') === 'true' ? 'trash' : 'approved',
      });
    }
    return { format: 'disqus', threads: [...used], ...withKnownParents(comments), skipped };
  };

  return { write: (chunk: string) => xml.write(chunk), end };
}

export const parseDisqus = (text: string): ParsedExport => readXmlText(text, disqusParser());

export const readDisqusFile = (path: string): Promise<ParsedExport> => readXmlFile(path, disqusParser());
