// The layers point one way (../shared/design.md): `dom` and `lang` at the bottom, then `profile` and
// `carriers`, then `detect`, then `fill`; `platforms` are plug-ins that use `dom`, and only
// `entrypoints/` (and scripts, such as the inspector) plug adapters into detection and the engine.
// `src/background` (the background's own services) sits on top of src/: it may use any layer but
// entrypoints, and no layer below it uses it (the background's message handler and entrypoints do).
// This reads every source file under src/ and checks where its imports point. Tests beside the code
// may wire layers together, so *.test.ts files are left out.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

interface Import {
  /** The importing file, relative to the repository root. */
  file: string;
  /** The imported module, relative to the repository root, without extension. */
  target: string;
  typeOnly: boolean;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });

// Static imports and re-exports (`import … from`, `export … from`, `import '…'`) and dynamic `import('…')`.
const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(path: string): Import[] {
  const source = readFileSync(path, 'utf8');
  const file = relative(ROOT, path);
  const found: Import[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    if (!spec.startsWith('.')) return;
    found.push({ file, target: relative(ROOT, resolve(dirname(path), spec)), typeOnly });
  };
  for (const match of source.matchAll(IMPORT)) add(match[3]!, !!match[2]);
  for (const match of source.matchAll(DYNAMIC)) add(match[1]!, false);
  return found;
}

const IMPORTS = sourceFiles(SRC).flatMap(importsOf);

/** The src/ folder a file or module belongs to ('dom', 'detect', …), or null outside src/. */
const layerOf = (path: string): string | null => /^src\/([^/]+)\//.exec(path)?.[1] ?? null;

/** Imports from files of `from` into any of `forbidden`, as "file → module" lines. */
function crossing(
  from: string,
  forbidden: readonly string[],
  allowed: (i: Import) => boolean = () => false,
): string[] {
  return IMPORTS.filter(
    (i) => layerOf(i.file) === from && forbidden.includes(layerOf(i.target) ?? '') && !allowed(i),
  ).map((i) => `${i.file} → ${i.target}`);
}

// Field and reason keys (src/profile/fields.ts) are the words every layer speaks; a language pack
// names its fields with them. Types only: no profile code runs in the bottom layers.
const fieldKeys = (i: Import) => i.typeOnly && i.target === 'src/profile/fields';

describe('import direction', () => {
  test('the source tree is read', () => {
    expect(IMPORTS.length).toBeGreaterThan(100);
    expect(IMPORTS.some((i) => layerOf(i.file) === 'detect')).toBe(true);
  });

  test('detection imports neither the platform adapters nor the fill engine', () => {
    expect(crossing('detect', ['platforms', 'fill'])).toEqual([]);
  });

  test.each(['dom', 'lang'])(
    'src/%s knows nothing of detection, fill, platforms, carriers or profiles',
    (layer) => {
      expect(crossing(layer, ['detect', 'fill', 'platforms', 'carriers', 'profile'], fieldKeys)).toEqual([]);
    },
  );

  test('platform adapters use src/dom, not the fill engine', () => {
    expect(crossing('platforms', ['fill'])).toEqual([]);
  });

  test('the fill engine gets its adapters handed in: it never imports src/platforms', () => {
    expect(crossing('fill', ['platforms'])).toEqual([]);
  });

  test('profiles and carriers sit below detection, fill and the adapters', () => {
    expect(crossing('profile', ['detect', 'fill', 'platforms'])).toEqual([]);
    expect(crossing('carriers', ['detect', 'fill', 'platforms'])).toEqual([]);
  });

  test.each(['dom', 'lang', 'profile', 'carriers', 'detect', 'fill', 'platforms', 'report', 'popup'])(
    'src/%s does not import src/background (the top of src/: only the background wires it)',
    (layer) => {
      expect(crossing(layer, ['background'])).toEqual([]);
    },
  );

  test('src/journey (requests, activation, support) stands on profile, carriers and lang, and nothing below uses it', () => {
    expect(crossing('journey', ['detect', 'fill', 'platforms', 'dom', 'background'])).toEqual([]);
    for (const layer of ['dom', 'lang', 'profile', 'carriers', 'detect', 'fill', 'platforms']) {
      expect(crossing(layer, ['journey']), layer).toEqual([]);
    }
  });

  test('src/background may use any layer of src/, never entrypoints', () => {
    expect(
      IMPORTS.filter((i) => layerOf(i.file) === 'background' && i.target.startsWith('entrypoints/')).map(
        (i) => `${i.file} → ${i.target}`,
      ),
    ).toEqual([]);
  });

  test('the platform registry (PLATFORMS) is imported only by entrypoints and scripts', () => {
    expect(
      IMPORTS.filter((i) => i.target === 'src/platforms/index' || i.target === 'src/platforms')
        .map((i) => i.file)
        .filter((file) => layerOf(file) !== 'platforms'),
    ).toEqual([]);
  });
});
