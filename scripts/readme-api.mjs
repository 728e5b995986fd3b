// Writes the README's API reference from custom-elements.json, and the article formats' mapping
// tables from the JSDoc of src/news-article/formats/, so neither can go stale.
//
// Usage: node scripts/readme-api.mjs [--check] [--readme README.md] [--manifest custom-elements.json]
//   (no flag)  rewrites what lies between `<!-- api:start -->` and `<!-- api:end -->` in the README,
//              and between `<!-- formats:start -->` and `<!-- formats:end -->`
//   --check    changes nothing; exits 1 when a section differs from what would be written
//
// The manifest comes from `npm run build` (@custom-elements-manifest/analyzer reading the JSDoc of
// the element classes). Per element: the summary; a table Attribute | Property | Type | Default |
// Description; methods; events with a listener snippet; slots; CSS parts; CSS custom properties.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const FORMATS_START = '<!-- formats:start -->';
const FORMATS_END = '<!-- formats:end -->';
/** Reading order: the article first, then its parts, then the comments. Others follow by tag name. */
const ORDER = ['news-article', 'news-byline', 'comment-list', 'comment-form'];

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}
const check = process.argv.includes('--check');
const readmePath = option('--readme', 'README.md');
const manifestPath = option('--manifest', 'custom-elements.json');

function fail(message) {
  console.error(`readme-api: ${message}`);
  process.exit(1);
}

if (!existsSync(manifestPath)) fail(`${manifestPath} not found: run \`npm run build\` first.`);
if (!existsSync(readmePath)) fail(`${readmePath} not found.`);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

// ——— Tag names ———

/**
 * `defineOnce('comment-form', CommentForm)` / `customElements.define(…)` in the define modules:
 * the analyzer does not see registrations made through a helper, so the manifest may lack tagName.
 */
function registeredTags(dir = 'src') {
  const tags = new Map();
  if (!existsSync(dir)) return tags;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      for (const [name, tag] of registeredTags(path)) tags.set(name, tag);
    } else if (/\.(ts|js)$/.test(entry.name)) {
      const source = readFileSync(path, 'utf8');
      for (const match of source.matchAll(/(?:defineOnce|customElements\.define)\(\s*['"]([a-z][\w.-]*-[\w.-]*)['"]\s*,\s*([A-Za-z_$][\w$]*)/g)) {
        tags.set(match[2], match[1]);
      }
    }
  }
  return tags;
}

const registered = registeredTags();
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement)
  .map((declaration) => {
    const tag = declaration.tagName ?? registered.get(declaration.name);
    if (!tag) fail(`no tag name for ${declaration.name}: add a \`@tagname\` JSDoc tag or register it in a define module.`);
    return { ...declaration, tag };
  })
  .sort((a, b) => {
    const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
    return rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag);
  });
if (!elements.length) fail(`${manifestPath} describes no custom element.`);

// ——— Markdown ———

/** One table cell: on one line, pipes escaped (also inside code spans, as GitHub's tables require). */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text === undefined || text === null || text === '' ? '' : `\`${String(text).replace(/\s*\n\s*/g, ' ')}\``);
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
const paragraph = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').trim();
const camel = (tag) => tag.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_') && !member.name.startsWith('#');

function propertiesTable(element) {
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
  const rows = fields.map((field) => {
    const property = field.static ? `${element.name}.${field.name}` : field.name;
    const notes = [field.static ? '(static)' : '', field.readonly ? '(read-only)' : ''].filter(Boolean).join(' ');
    return [
      field.attribute ? code(field.attribute) : '—',
      `${code(property)}${notes ? ` ${notes}` : ''}`,
      code(field.type?.text),
      field.default === 'undefined' ? '' : code(field.default),
      field.description,
    ];
  });
  const names = new Set(fields.map((field) => field.name));
  for (const attribute of element.attributes ?? []) {
    if (attribute.fieldName && names.has(attribute.fieldName)) continue;
    rows.push([code(attribute.name), '—', code(attribute.type?.text), code(attribute.default), attribute.description]);
  }
  return rows.length ? table(['Attribute', 'Property', 'Type', 'Default', 'Description'], rows) : '';
}

function methodsTable(element) {
  const methods = (element.members ?? []).filter((member) => member.kind === 'method' && isPublic(member) && !member.static);
  if (!methods.length) return '';
  const signature = (method) => {
    const params = (method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ');
    return `${method.name}(${params})${method.return?.type?.text ? `: ${method.return.type.text}` : ''}`;
  };
  return `#### Methods\n\n${table(['Method', 'Description'], methods.map((method) => [code(signature(method)), method.description]))}`;
}

function eventsSection(element) {
  const events = element.events ?? [];
  if (!events.length) return '';
  const first = events[0].name;
  const variable = camel(element.tag);
  return [
    '#### Events',
    '',
    table(['Event', 'Detail'], events.map((event) => [code(event.name), event.description])),
    '',
    '```js',
    `const ${variable} = document.querySelector('${element.tag}');`,
    `${variable}.addEventListener('${first}', (event) => {`,
    '  console.log(event.detail);',
    '});',
    '```',
  ].join('\n');
}

function listSection(title, items, head, row) {
  if (!items?.length) return '';
  return `#### ${title}\n\n${table(head, items.map(row))}`;
}

function elementSection(element) {
  const parts = [
    `### \`<${element.tag}>\``,
    paragraph(element.summary ?? element.description),
    element.summary && element.description ? paragraph(element.description) : '',
    propertiesTable(element),
    methodsTable(element),
    eventsSection(element),
    listSection('Slots', element.slots, ['Slot', 'Description'], (slot) => [slot.name ? code(slot.name) : '(default)', slot.description]),
    listSection('CSS parts', element.cssParts, ['Part', 'Description'], (part) => [code(part.name), part.description]),
    listSection('CSS custom properties', element.cssProperties, ['Property', 'Default', 'Description'], (prop) => [
      code(prop.name),
      code(prop.default),
      prop.description,
    ]),
  ];
  return parts.filter(Boolean).join('\n\n');
}

const generated = [
  START,
  '<!-- Generated from custom-elements.json by `node scripts/readme-api.mjs`: edit the JSDoc in src/, not this section. -->',
  '',
  elements.map(elementSection).join('\n\n'),
  '',
  END,
].join('\n');

// ——— The article formats' mapping tables ———

/** The formats read from a CMS, in the README's order; each module's JSDoc holds its table. */
const FORMAT_MODULES = [
  ['WordPress REST', 'wordpress'],
  ['Ghost Content API', 'ghost'],
  ['JSON Feed', 'jsonfeed'],
  ['schema.org JSON-LD', 'schema'],
];

/** The JSDoc right above `export const <name>: ArticleFormat`, as Markdown. */
function formatDoc(name) {
  const path = `src/news-article/formats/${name}.ts`;
  const source = readFileSync(path, 'utf8');
  const match = new RegExp(String.raw`/\*\*\n((?:\s*\*.*\n)*?)\s*\*/\nexport const \w+: ArticleFormat`).exec(source);
  if (!match) fail(`${path} has no JSDoc above its \`export const …: ArticleFormat\`.`);
  return match[1].split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n').trim();
}

const formatsGenerated = [
  FORMATS_START,
  '<!-- Generated from the JSDoc of src/news-article/formats/*.ts by `node scripts/readme-api.mjs`: edit it there. -->',
  '',
  FORMAT_MODULES.map(([title, name]) => `#### \`format="${name}"\`: ${title}\n\n${formatDoc(name)}`).join('\n\n'),
  '',
  FORMATS_END,
].join('\n');

// ——— Write or check ———

/** Puts `generated` between its markers; with --check, says where the README differs instead. */
function sync(readme, [start, end], generated, what) {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) fail(`${readmePath} has no \`${start}\` … \`${end}\` markers.`);
  const current = readme.slice(from, to + end.length);
  if (current === generated) {
    console.log(`readme-api: ${readmePath}: ${what} up to date.`);
    return readme;
  }
  if (check) {
    const have = current.split('\n');
    const want = generated.split('\n');
    const line = want.findIndex((text, i) => text !== have[i]);
    console.error(`readme-api: ${readmePath}: ${what} differs from its source (first difference at line ${line + 1} of the section):`);
    console.error(`  README: ${have[line] ?? '(missing)'}`);
    console.error(`  source: ${want[line] ?? '(missing)'}`);
    console.error('Run `node scripts/readme-api.mjs` to rewrite it.');
    process.exit(1);
  }
  console.log(`readme-api: ${readmePath}: wrote ${what}.`);
  return readme.slice(0, from) + generated + readme.slice(to + end.length);
}

const readme = readFileSync(readmePath, 'utf8');
let written = sync(readme, [START, END], generated, `the API reference (${elements.length} elements, from ${manifestPath})`);
written = sync(written, [FORMATS_START, FORMATS_END], formatsGenerated, `the mapping tables of ${FORMAT_MODULES.length} article formats`);
if (written !== readme) writeFileSync(readmePath, written);
