#!/usr/bin/env node
// Which sources make up a built bundle, raw and gzip (each source gzipped alone, so the sum runs
// higher than the whole file). Build with source maps first:
//   RESIM_SOURCEMAP=1 RESIM_OUT_DIR=/tmp/sm npx wxt build
//   node scripts/measure/bundle-composition.mjs /tmp/sm/chrome-mv3/fill-engine.js [--depth 3] [--top 40]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const [file, ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const at = rest.indexOf(name);
  return at >= 0 ? Number(rest[at + 1]) : fallback;
};
const depth = option('--depth', 3);
const top = option('--top', 40);

const lines = readFileSync(file, 'utf8').split('\n');
const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
const mappings = [];
consumer.eachMapping((mapping) => mappings.push(mapping));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);

function group(source) {
  const path = (source ?? '?')
    .replace(/.*node_modules\//, 'npm:')
    .replace(/^.*?\/(src|entrypoints)\//, '$1/');
  if (path.startsWith('npm:'))
    return path
      .split('/')
      .slice(0, path.startsWith('npm:@') ? 2 : 1)
      .join('/');
  return path.split('/').slice(0, depth).join('/');
}

const textBySource = new Map();
mappings.forEach((mapping, index) => {
  const next = mappings[index + 1];
  const line = lines[mapping.generatedLine - 1];
  const end = next && next.generatedLine === mapping.generatedLine ? next.generatedColumn : line.length;
  const key = group(mapping.source);
  textBySource.set(key, (textBySource.get(key) ?? '') + line.slice(mapping.generatedColumn, end));
});

const rows = [...textBySource].map(([source, text]) => ({
  source,
  raw: text.length,
  gzip: gzipSync(text, { level: 9 }).length,
}));
rows.sort((a, b) => b.gzip - a.gzip);
for (const row of rows.slice(0, top)) {
  console.log(`${String(row.raw).padStart(8)} ${String(row.gzip).padStart(7)}  ${row.source}`);
}
console.log(`whole file: ${gzipSync(lines.join('\n'), { level: 9 }).length} B gzip`);
