/**
 * Private members are never part of the public API. The analyzer reads `static properties` entries
 * with `state: true` as attributes; this plugin drops attributes whose field is private/protected.
 */
function dropPrivateAttributes() {
  return {
    name: 'drop-private-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.attributes) continue;
          const hidden = new Set(
            (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          for (const member of declaration.members ?? []) if (hidden.has(member.name)) delete member.attribute;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/internal/**', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropPrivateAttributes()],
};
