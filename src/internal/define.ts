import { attachContextRoot } from './context-root.js';

/**
 * Registers a custom element once. A second copy of the bundle on the same page (or a host that
 * registered the tag itself) must not throw `NotSupportedError`, so an existing definition wins.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  attachContextRoot();
  if (!registry.get(tag)) registry.define(tag, ctor);
}
