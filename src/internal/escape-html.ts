/**
 * Text or an attribute value, escaped for HTML: for the pages written as strings (the server-rendered
 * page's head, the endpoint's refusal page). Free of Lit and the DOM, so the server imports it too.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHTML = (value: string): string => value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
