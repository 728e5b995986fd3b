/**
 * Prepares `custom-elements.json` for Storybook's docs (the generated file itself is left alone):
 *
 * - tag names: the classes register through `defineOnce()` in define modules the analyzer does
 *   not read, so declarations may lack `tagName`; the tag is taken from the live registry;
 * - only the public API: private/protected/static members and methods are dropped (Storybook
 *   would list them as controls);
 * - one row per property: an attribute that belongs to a property is folded into that row
 *   ("Attribute: `article-id`"), so controls set properties and the table has no duplicates;
 * - names that cannot collide: Storybook keys every row by name across categories, so a part
 *   called `article` would replace the `article` property; parts are shown as `::part(article)`
 *   and the default slot as `(default)` (Storybook drops rows without a name);
 * - the summary leads the component description;
 * - a "Usage" section follows it: the same element in plain HTML, React 19, React 18 and Vue,
 *   written from the element's own attributes, properties and events (`usage()`).
 */

export interface ManifestItem {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  type?: { text: string };
  default?: string;
  attribute?: string;
  fieldName?: string;
}

export interface Declaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  description?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: Declaration[] }[];
}

const isPublicField = (member: ManifestItem): boolean =>
  member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_');

function docsDeclaration(declaration: Declaration, tagOf: (className: string) => string | undefined): Declaration {
  const members = (declaration.members ?? []).filter(isPublicField).map((member) => {
    const notes = [member.description ?? ''];
    if (member.attribute) notes.push(`Attribute: \`${member.attribute}\`.`);
    else if (!member.readonly) notes.push('Property only (no attribute).');
    if (member.readonly) notes.push('Read-only.');
    return { ...member, description: notes.filter(Boolean).join(' ') };
  });
  const fields = new Set(members.map((member) => member.name));
  const attributes = (declaration.attributes ?? []).filter((attribute) => !attribute.fieldName || !fields.has(attribute.fieldName));
  const tagName = declaration.tagName ?? tagOf(declaration.name);
  const description = [declaration.summary, declaration.description, tagName && usage(declaration, tagName)].filter(Boolean).join('\n\n');
  const cssParts = declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` }));
  const slots = declaration.slots?.map((slot) => ({ ...slot, name: slot.name || '(default)' }));
  return { ...declaration, tagName, description, members, attributes, cssParts, slots };
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const pascal = (name: string) => camel(name).replace(/^[a-z]/, (c) => c.toUpperCase());

/**
 * Markdown: the element used in plain HTML, React 19 (plain tags, news-elements/jsx's types),
 * React 18 (news-elements/react) and Vue, with its first two attributes and its first event.
 */
export function usage(declaration: Declaration, tag: string): string {
  const attributes = (declaration.attributes ?? []).slice(0, 2);
  const event = declaration.events?.[0]?.name;
  // A boolean attribute stands alone; any other shows its default, or an ellipsis to fill in.
  const value = (attribute: ManifestItem) => (attribute.type?.text.startsWith('boolean') ? '' : `="${attribute.default?.replace(/^['"]|['"]$/g, '') || '…'}"`);
  const html = `<${tag}${attributes.map((a) => ` ${a.name}${value(a)}`).join('')}></${tag}>`;
  const react19 = `<${tag}${attributes.map((a) => ` ${a.name}${value(a)}`).join('')}${event ? ` on${event}={(event) => console.log(event.detail)}` : ''} />`;
  const react18 = `<${pascal(tag)}${attributes.map((a) => ` ${a.fieldName ?? camel(a.name)}${value(a)}`).join('')}${event ? ` on${pascal(event)}={(event) => console.log(event.detail)}` : ''} />`;
  const vue = `<${tag}${attributes.map((a) => ` ${a.name}${value(a)}`).join('')}${event ? ` @${event}="(event) => console.log(event.detail)"` : ''} />`;
  return [
    '## Usage',
    'Plain HTML (the script defines the element when it is needed):',
    '```html',
    '<script type="module" src="/dist/news-elements.js"></script>',
    html,
    '```',
    'React 19 (plain tags; the types come from `news-elements/jsx`):',
    '```tsx',
    "import 'news-elements/define';",
    "import type {} from 'news-elements/jsx';",
    '',
    react19,
    '```',
    'React 18 (properties and events through `news-elements/react`):',
    '```tsx',
    `import { ${pascal(tag)} } from 'news-elements/react';`,
    '',
    react18,
    '```',
    'Vue 3 (`isCustomElement: (tag) => tag.includes("-")` in the compiler options; types from `news-elements/vue`):',
    '```vue',
    vue,
    '```',
  ].join('\n');
}

export function docsManifest(manifest: Manifest, tagOf: (className: string) => string | undefined): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.customElement ? docsDeclaration(declaration, tagOf) : declaration,
      ),
    })),
  };
}
