// A Vite plugin that collapses the whitespace inside Lit's css`` template literals of our own
// sources before bundling: indentation is a large share of a stylesheet's bytes. The TypeScript
// parser finds the literals, so expressions (${…}) are never touched as text. Comments dropped,
// whitespace around { } ; , > dropped, other runs become one space, leading zeros of decimals dropped.
//
// html`` literals are left exactly as written: server rendering (news-elements/ssr, which runs the
// sources unbundled) marks each template with a digest of its strings, and hydration in the browser
// finds its templates by the same digest — a squeezed template would match nothing.
import ts from 'typescript';

export const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1') // `>` only ever combines selectors or compares in @media/@container
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2'); // 0.5rem → .5rem

export function squeezeLiterals(code, fileName = 'file.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const template = node.template;
      // Raw text pieces sit between the backtick/`}` and the backtick/`${` of each span.
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const piece of pieces) {
        const start = piece.getStart(source) + 1; // after ` or }
        const end = piece.getEnd() - (piece.kind === ts.SyntaxKind.TemplateTail || piece.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ? 1 : 2);
        const raw = code.slice(start, end);
        let squeezed = minifyCss(raw);
        // The text may lose the space at its very start and end, never one next to a ${…} (`${width} solid`).
        if (piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral) squeezed = squeezed.trimStart();
        if (piece.kind === ts.SyntaxKind.TemplateTail || piece.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral) squeezed = squeezed.trimEnd();
        if (squeezed !== raw) edits.push([start, end, squeezed]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return null;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

export function minifyLiterals() {
  return {
    name: 'news-elements-minify-literals',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = squeezeLiterals(code, id);
      return out ? { code: out, map: null } : null;
    },
  };
}
