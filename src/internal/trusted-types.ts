/**
 * The one place that creates a Trusted Types policy. Pages that enforce Trusted Types with a
 * `trusted-types` allow-list must add `news-elements` (and Lit's own `lit-html`).
 *
 * The policy is module-private, so no other script can use it to smuggle markup. It is used for two
 * inputs only, both already made safe by this library:
 * - `createHTML`: markup parsed into an inert `<template>` by the sanitizer's fallback path, which
 *   then walks it against the allow-list before any node reaches the page;
 * - `createScript`: JSON-LD text produced by `serializeJsonLd`, with every `<` escaped.
 */
interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(s: string): string; createScript(s: string): string }): TrustedTypePolicyLike;
}

export const POLICY_NAME = 'news-elements';

let policy: TrustedTypePolicyLike | null | undefined;

function getPolicy(): TrustedTypePolicyLike | null {
  if (policy === undefined) {
    try {
      const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
      policy = factory?.createPolicy(POLICY_NAME, { createHTML: (s) => s, createScript: (s) => s }) ?? null;
    } catch {
      // The page's `trusted-types` directive does not allow our name: fall back to plain strings,
      // which the browser will then refuse with a CSP report instead of us throwing at import.
      policy = null;
    }
  }
  return policy;
}

/** Markup for an inert parse (template contents) only. */
export function trustedHTML(html: string): string {
  return (getPolicy()?.createHTML(html) ?? html) as string;
}

/** Script text for a non-executing `<script type="application/ld+json">` only. */
export function trustedScript(text: string): string {
  return (getPolicy()?.createScript(text) ?? text) as string;
}
