// The build's literal squeezer: it must shrink css`` text and never change what it means, and leave
// html`` as written (server-rendered markup is matched to its template by the template's strings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, squeezeLiterals } from '../../scripts/minify-literals.mjs';

test('css: comments, whitespace, trailing semicolons and leading zeros go; calc() spacing stays', () => {
  const css = `
    /* why */
    .body > * { margin: 0 0 0.5rem; }
    h1 { font-size: clamp(1.75rem, 1.2rem + 2.4vw, 2.75rem); padding: -0.25em 10.5px }
    @container (width > 30rem) { a { color: red } }
  `;
  assert.equal(
    minifyCss(css).trim(),
    '.body>*{margin:0 0 .5rem}h1{font-size:clamp(1.75rem,1.2rem + 2.4vw,2.75rem);padding:-0.25em 10.5px}@container (width>30rem){a{color:red}}',
  );
});

test('only css`` literals are touched, never their ${} expressions, html`` or other strings', () => {
  const code = [
    'const s = css`\n  a {\n    color: red;\n  }\n`;',
    'const w = css`\n  a { border: ${width} solid }\n`;',
    'const t = html`<p>\n    ${cond ? html`<b>\n  x</b>` : "keep\\n   this"}\n  </p>`;',
    'const u = `plain\n   text`;',
  ].join('\n');
  assert.equal(
    squeezeLiterals(code),
    ['const s = css`a{color:red}`;', 'const w = css`a{border:${width} solid}`;', 'const t = html`<p>\n    ${cond ? html`<b>\n  x</b>` : "keep\\n   this"}\n  </p>`;', 'const u = `plain\n   text`;'].join('\n'),
  );
  assert.equal(squeezeLiterals('const x = 1;'), null);
});
