/**
 * Jest transform for dependencies published as ES modules only (the NestJS packages among them).
 * Node loads them with require(esm), but Jest's module system evaluates CommonJS alone, so their
 * files are transpiled to CommonJS here. `import.meta` has no CommonJS form: its uses in these
 * packages (a module URL for createRequire, a resolve without loading) are rewritten first.
 */
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const ts = require('typescript');

const SELF = readFileSync(__filename);

function rewriteImportMeta(source) {
  return (
    source
      // CommonJS already has a `require`; a second declaration would not even parse.
      .replace(/^\s*const require = createRequire\(import\.meta\.url\);\s*$/gm, '')
      .replace(/import\.meta\.url/g, 'require("node:url").pathToFileURL(__filename).href')
      .replace(/import\.meta\.resolve\(/g, 'require.resolve(')
      .replace(/import\.meta\.dirname/g, '__dirname')
      .replace(/import\.meta\.filename/g, '__filename')
  );
}

module.exports = {
  process(source, filename) {
    const { outputText, sourceMapText } = ts.transpileModule(rewriteImportMeta(source), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        allowJs: true,
        esModuleInterop: true,
        sourceMap: true,
        inlineSources: false,
      },
      reportDiagnostics: false,
    });
    return { code: outputText, map: sourceMapText };
  },
  getCacheKey(source, filename) {
    return createHash('sha1').update(SELF).update(ts.version).update(filename).update(source).digest('hex');
  },
};
