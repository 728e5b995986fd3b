/**
 * Lit's hydration support, for pages whose elements were rendered on the server (news-elements/ssr):
 * elements then take over their declarative shadow roots instead of rendering anew. The loader
 * imports this module only on such a page, before any element is defined.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { LitElement } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

/**
 * Patches `LitElement` for hydration. Lit applies the support by itself when it is imported before
 * `LitElement` is defined (as `import '@lit-labs/ssr-client/lit-element-hydrate-support.js'` first
 * in an app does); here it comes later, so it is applied by hand — once: the patch gives
 * `LitElement` an `observedAttributes` of its own.
 */
export function installHydration(litElement: typeof LitElement): void {
  if (Object.hasOwn(litElement, 'observedAttributes')) return; // already patched
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement: litElement });
}
