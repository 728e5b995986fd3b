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
 * - the summary leads the component description.
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
  const description = [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
  const cssParts = declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` }));
  const slots = declaration.slots?.map((slot) => ({ ...slot, name: slot.name || '(default)' }));
  return { ...declaration, tagName: declaration.tagName ?? tagOf(declaration.name), description, members, attributes, cssParts, slots };
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
