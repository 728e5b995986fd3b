// `news-elements/rules`, the comment rules as the package publishes them (package.json "exports"):
// how the name resolves in this project (the server's sources) and after `npm install` (a
// publisher's own Node endpoint, plain Node, the built lib/), and what the module may pull in.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { tempDir } from './helpers.js';

const PROJECT_ROOT = join(import.meta.dirname, '../..');
const SOURCE = join(PROJECT_ROOT, 'src/comment-form/rules.ts');

/** `node <args>` in `cwd`, with no NODE_OPTIONS of this process: its standard output. */
const node = (args: string[], cwd: string): string => {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return execFileSync(process.execPath, args, { cwd, env, encoding: 'utf8' }).trim();
};

/** TypeScript's errors of a program, one line each. */
const errorsOf = (program: ts.Program): string[] =>
  ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));

describe('news-elements/rules', () => {
  it('is, for the project’s server, the very module the form imports (src/comment-form/rules.ts)', async () => {
    // This process runs as the server does (`--conditions=news-elements:source`, tsx).
    assert.equal(import.meta.resolve('news-elements/rules'), pathToFileURL(SOURCE).href);
    const [byName, byPath] = await Promise.all([import('news-elements/rules'), import('../../src/comment-form/rules.js')]);
    assert.equal(byName, byPath, 'one module instance, not a copy');
  });

  it('is the built lib/comment-form/rules.js without the condition (what the package publishes)', () => {
    const resolved = node(['--input-type=module', '-e', "console.log(import.meta.resolve('news-elements/rules'))"], PROJECT_ROOT);
    assert.equal(resolved, pathToFileURL(join(PROJECT_ROOT, 'lib/comment-form/rules.js')).href);
  });

  it('works in a publisher’s Node endpoint after npm install: plain Node, the built files, their types', () => {
    const tmp = tempDir();
    try {
      // The package as installed: package.json and what `tsc -p tsconfig.build.json` builds of the
      // rules (into the package's lib/ here, rather than the project's).
      const pkg = join(tmp.dir, 'node_modules', 'news-elements');
      mkdirSync(pkg, { recursive: true });
      cpSync(join(PROJECT_ROOT, 'package.json'), join(pkg, 'package.json'));
      const build = ts.getParsedCommandLineOfConfigFile(join(PROJECT_ROOT, 'tsconfig.build.json'), { outDir: join(pkg, 'lib') }, {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
      })!;
      // (Types are checked by `npm run typecheck`; here only the files are made.)
      const emitted = ts.createProgram([SOURCE], { ...build.options, noCheck: true }).emit();
      assert.equal(emitted.emitSkipped, false);

      // A publisher's endpoint, as plain JavaScript run by plain Node.
      writeFileSync(join(tmp.dir, 'package.json'), '{ "type": "module" }');
      writeFileSync(
        join(tmp.dir, 'endpoint.js'),
        `import { DEFAULT_MAXLENGTH, ruleMessage, validateComment } from 'news-elements/rules';
const result = validateComment({ content: 'x'.repeat(DEFAULT_MAXLENGTH + 1), name: 'Ada', email: 'ada@example.com' });
console.log(JSON.stringify({ key: result.errors.content.key, message: ruleMessage(result.errors.content) }));`,
      );
      assert.deepEqual(JSON.parse(node(['endpoint.js'], tmp.dir)), {
        key: 'contentTooLong',
        message: 'Please shorten your comment to 65525 characters (it has 65526).',
      });

      // The same endpoint in TypeScript, resolved as Node does (`types` condition first).
      writeFileSync(
        join(tmp.dir, 'endpoint.ts'),
        `import { validateComment, type RuleResult } from 'news-elements/rules';
const result: RuleResult = validateComment({ content: 'Hi' }, { requireNameEmail: false });
export const key: 'contentTooLong' | undefined = result.ok ? undefined : result.errors.content?.key === 'contentTooLong' ? 'contentTooLong' : undefined;`,
      );
      const consumer = ts.createProgram([join(tmp.dir, 'endpoint.ts')], {
        module: ts.ModuleKind.Node16,
        moduleResolution: ts.ModuleResolutionKind.Node16,
        target: ts.ScriptTarget.ES2022,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      });
      assert.deepEqual(errorsOf(consumer), []);
      assert.ok(consumer.getSourceFile(join(pkg, 'lib/comment-form/rules.d.ts')), 'the types come from lib/');
    } finally {
      tmp.remove();
    }
  });

  it('pulls in nothing of the DOM, the elements or the server', () => {
    // Checked without the DOM's types: a `document`, `window` or `HTMLElement` would be an error.
    const program = ts.createProgram([SOURCE], {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      types: ['node'], // for `URL`, which Node and browsers both have
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    });
    assert.deepEqual(errorsOf(program), []);
    const ownFiles = program
      .getSourceFiles()
      .map((file) => file.fileName)
      .filter((name) => !name.includes('/node_modules/'));
    assert.deepEqual(ownFiles.sort(), [join(PROJECT_ROOT, 'src/comment-form/rules.ts'), join(PROJECT_ROOT, 'src/internal/text.ts')]);
  });
});
