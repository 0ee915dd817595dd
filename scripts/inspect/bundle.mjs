// Bundles scripts/inspect/entry.ts into one IIFE string (in memory) for page injection.
// esbuild does not know Vite's `import.meta.glob`, which the platform and carrier registries use;
// the plugin below expands eager globs into static imports, exactly as Vite would.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
export const ENTRY = join(ROOT, 'scripts/inspect/entry.ts');
export const GLOBAL_NAME = '__resimInspector';

const GLOB_CALL =
  /import\.meta\.glob(?:<[^>]*>)?\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")\s*(?:,\s*\{[^}]*\})?\s*,?\s*\)/g;

const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]')}$`,
  );

/** Files of `dir` matched by Vite-style patterns (`./x/*.ts`, negations with `!`), as `./relative` paths. */
function expandGlob(dir, patterns) {
  const positive = patterns.filter((p) => !p.startsWith('!'));
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
  const files = new Set();
  for (const pattern of positive) {
    const folder = posix.dirname(pattern);
    let names = [];
    try {
      names = readdirSync(join(dir, folder));
    } catch {
      continue;
    }
    const match = globToRegExp(pattern);
    for (const name of names) {
      const path = `${folder}/${name}`;
      if (match.test(path) && !negative.some((n) => n.test(path))) files.add(path);
    }
  }
  return [...files].sort();
}

const globPlugin = {
  name: 'vite-import-meta-glob',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.glob')) return undefined;
      const imports = [];
      const contents = source.replace(GLOB_CALL, (_, list) => {
        const patterns = JSON.parse(list.replace(/'/g, '"').replace(/,\s*\]/, ']'));
        const files = expandGlob(dirname(args.path), Array.isArray(patterns) ? patterns : [patterns]);
        const entries = files.map((file) => {
          const name = `__glob${imports.length}`;
          imports.push(`import * as ${name} from ${JSON.stringify(file)};`);
          return `${JSON.stringify(file)}: ${name}`;
        });
        return `{ ${entries.join(', ')} }`;
      });
      return {
        contents: `${imports.join('\n')}\n${contents}`,
        loader: args.path.endsWith('ts') ? 'ts' : 'js',
      };
    });
  },
};

/** The detection bundle as a script that defines `globalThis.__resimInspector`. */
export const bundleInspector = () => bundleEntry(ENTRY, GLOBAL_NAME);

/** Any entry bundled the same way, as a script that defines `globalThis[globalName]`. */
export async function bundleEntry(entry, globalName) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
    plugins: [globPlugin],
  });
  return result.outputFiles[0].text;
}

export const relativeToRoot = (path) => relative(ROOT, path);
