// Reading an export file (WordPress WXR, Disqus XML) as a stream of small element trees, one per
// record (a WXR `<item>`, a Disqus `<thread>` or `<post>`), with `sax` in strict mode: the file is
// read in chunks and only the record being read is held in memory, never the whole document.
//
// Hostile files: a DOCTYPE is refused outright (no DTD, so no entity expansion — "billion laughs" —
// and no external entities), an entity XML does not define is an error, and a file or a record
// larger than the limits below stops the import with a message, not the process with an out-of-memory.
import { createReadStream, statSync } from 'node:fs';
import sax from 'sax';

/** The largest export file read (bytes). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
/** The most text one record may hold (characters): a post with its comments. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

export interface XmlElement {
  /** The qualified name as written: `wp:comment`, `thread`. */
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: XmlElement[];
  /** The element's own text and CDATA, concatenated (not its children's). */
  text: string;
  /** Where it starts in the file (1-based). */
  line: number;
}

/** The file is not a well-formed export: what is wrong, and where. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'ImportFileError';
  }
}

/** The first child named `name`. */
export const child = (element: XmlElement | undefined, name: string): XmlElement | undefined => element?.children.find((c) => c.name === name);

/** The text of the first child named `name`, trimmed; '' when there is none. */
export const childText = (element: XmlElement | undefined, name: string): string => child(element, name)?.text.trim() ?? '';

export interface XmlRecordOptions {
  /** Which elements are records, from the names of the open elements (root first) and the element's own. */
  isRecord(ancestors: readonly string[], name: string): boolean;
  /** The root element the format has (`rss`, `disqus`): any other is refused. */
  root: string;
  /** Called with each record, as soon as its end tag is read. */
  onRecord(record: XmlElement): void;
  maxRecordChars?: number;
}

/** Parses XML text fed in chunks; `end()` checks the document is complete. */
export function xmlRecordParser(options: XmlRecordOptions): { write(chunk: string): void; end(): void } {
  const maxChars = options.maxRecordChars ?? MAX_RECORD_CHARS;
  // strictEntities: XML's five entities only (sax otherwise also decodes HTML's, `&nbsp;` and all).
  const parser = sax.parser(true, { position: true, strictEntities: true } as sax.SAXOptions);
  const open: string[] = [];
  /** The record being read, innermost element last; empty outside records. */
  const stack: XmlElement[] = [];
  let recordChars = 0;
  let failure: ImportFileError | undefined;
  const line = () => parser.line + 1;
  const fail = (message: string, at = line()) => {
    failure ??= new ImportFileError(message, at);
    throw failure;
  };

  /** Counts toward the record's size; an element counts as 64 characters, so that a record of a million empty elements is too large as well. */
  const grow = (chars: number) => {
    recordChars += chars;
    if (recordChars > maxChars) fail(`a record (from line ${stack[0]!.line}) holds more than ${maxChars} characters`);
  };
  const addText = (text: string) => {
    const current = stack.at(-1);
    if (!current) return;
    grow(text.length);
    current.text += text;
  };

  parser.onerror = (error) => fail(error.message.split('\n')[0]!);
  parser.ondoctype = () => fail('a DOCTYPE is not accepted: exports have none, and XML entities are never expanded');
  parser.onopentag = (tag) => {
    const name = tag.name;
    if (open.length === 0 && name !== options.root) fail(`the document's root is <${name}>, not <${options.root}>`);
    const attributes = tag.attributes as Record<string, string>;
    if (stack.length > 0) {
      grow(64);
      const element: XmlElement = { name, attributes, children: [], text: '', line: line() };
      stack.at(-1)!.children.push(element);
      stack.push(element);
    } else if (options.isRecord(open, name)) {
      recordChars = 0;
      stack.push({ name, attributes, children: [], text: '', line: line() });
    }
    open.push(name);
  };
  parser.onclosetag = () => {
    open.pop();
    const element = stack.pop();
    if (element && stack.length === 0) options.onRecord(element);
  };
  parser.ontext = addText;
  parser.oncdata = addText;

  return {
    write(chunk) {
      if (failure) throw failure;
      parser.write(chunk);
    },
    end() {
      if (failure) throw failure;
      parser.close(); // a document cut short: sax's "Unclosed root tag"
    },
  };
}

/** A reader of a whole export: given the text chunk by chunk, then asked for what it read. */
export interface ExportReader<T> {
  write(chunk: string): void;
  end(): T;
}

/** What `reader` reads in `text` (tests) … */
export function readXmlText<T>(text: string, reader: ExportReader<T>): T {
  reader.write(text);
  return reader.end();
}

/** … or in the file at `path`, streamed, refusing files over `maxBytes`. */
export async function readXmlFile<T>(path: string, parser: ExportReader<T>, maxBytes = MAX_FILE_BYTES): Promise<T> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new ImportFileError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (size > maxBytes) throw new ImportFileError(`${path} is ${size} bytes, more than the ${maxBytes} an import reads: split the export (by date) and import each part`);
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8' })) parser.write(chunk as string);
    return parser.end();
  } catch (error) {
    // Said with the file's name: `export.xml, line 7: …`.
    if (error instanceof ImportFileError && error.line !== undefined) throw new ImportFileError(`${path}, ${error.message}`);
    throw error;
  }
}
