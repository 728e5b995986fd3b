// Text or an attribute value, escaped for HTML, for the refusal pages a browser's form post gets.
// The same one line as src/internal/escape-html.ts: the server is built and published on its own
// (lib/server) and reaches the elements' code only through the package's public entries.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHTML = (value: string): string => value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
