#!/usr/bin/env node
// Trains the contact-field model (src/detect/learned.ts) on dumped corpora and measures it on pages
// it never saw.
//
//   node scripts/learn/dump.mjs ../shared/corpora/<c> /tmp/dump/<c>.jsonl     (once per corpus)
//   node scripts/learn/train.mjs --eval  /tmp/dump/a.jsonl /tmp/dump/b.jsonl /tmp/dump/c.jsonl
//       each corpus scored by a model learned on the others (and by the rules alone)
//   node scripts/learn/train.mjs --write /tmp/dump/a.jsonl ...
//       learns on every page (but the vendored test sample) and writes src/detect/model.ts
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { build } from 'esbuild';
import { scorePage as scoreLabels } from '../../tests/support/real-web-score.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const mode = args.find((a) => a.startsWith('--')) ?? '--eval';
const files = args.filter((a) => !a.startsWith('--'));
const option = (name, fallback) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const EPOCHS = option('epochs', 12);
const L2 = option('l2', 1e-3);
const L1 = option('l1', 12);
const MIN_COUNT = option('min-count', 2);
const PRUNE = option('prune', 0.1);

// The same code as the engine: features, merge and assignment are bundled from src/.
const lib = await build({
  stdin: {
    contents: `export * from './src/detect/learned'; export { assignFields } from './src/detect/assign'; export { ruledOut, scoreControl, blockReason, mentionsEmail } from './src/detect/classify';`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'silent',
});
const libFile = '/tmp/resim-learn-lib.mjs';
writeFileSync(libFile, lib.outputFiles[0].text);
const {
  MODEL_CLASSES,
  formFeatures,
  mergeLearned,
  predict,
  assignFields,
  ruledOut,
  scoreControl,
  blockReason,
  mentionsEmail,
} = await import(libFile);

const SAMPLE = new Set(
  (() => {
    try {
      return JSON.parse(
        readFileSync(resolve(ROOT, 'tests/fixtures/real-web/formasaurus/sample.json'), 'utf8'),
      );
    } catch {
      return [];
    }
  })(),
);

/** A dumped page, its rule scores recomputed by today's rules (only signal changes need a new dump). */
function load(file) {
  const corpus = basename(file).replace(/\.jsonl$/, '');
  const pages = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ corpus, ...JSON.parse(line) }))
    .filter((p) => !p.error);
  for (const page of pages) {
    for (const c of page.controls) {
      if (!c.signals) continue;
      c.scores = scoreControl(c.signals);
      c.blocked = blockReason(c.signals) ?? null;
      c.ruledOut = ruledOut(c.signals);
      c.mentionsEmail = mentionsEmail(c.signals);
    }
  }
  return pages;
}

/** The controls of each form, in order, with their labels. */
function formsOf(page) {
  const forms = new Map();
  for (const c of page.controls) {
    if (c.form === undefined) continue;
    const list = forms.get(c.form) ?? [];
    list.push(c);
    forms.set(c.form, list);
  }
  return [...forms.entries()].map(([id, list]) => ({
    meta: page.forms[id],
    controls: list.sort((a, b) => a.position - b.position),
  }));
}

const targetOf = (label) => {
  if (label === null || label === undefined || label.startsWith('?')) return undefined;
  if (label === '-') return 0;
  const first = label.replace('!', '').split('/')[0];
  const k = MODEL_CLASSES.indexOf(first);
  return k >= 0 ? k : undefined;
};

function samplesOf(pages) {
  const out = [];
  for (const page of pages) {
    for (const form of formsOf(page)) {
      const features = formFeatures(form.controls);
      form.controls.forEach((c, i) => {
        const y = targetOf(page.labels[c.index]);
        if (features[i] && y !== undefined) out.push({ x: features[i], y });
      });
    }
  }
  return out;
}

/**
 * Multinomial logistic regression learned with FTRL-Proximal (per-coordinate rates, L1 + L2): the L1
 * term sets most weights to exactly zero, so the model ships small. Features seen fewer than
 * MIN_COUNT times are dropped.
 */
function train(samples) {
  const K = MODEL_CLASSES.length;
  const ALPHA = 0.2;
  const BETA = 1;
  const counts = new Map();
  for (const s of samples) for (const k of s.x.keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const rows = new Map();
  const row = () => ({ z: new Float64Array(K), n: new Float64Array(K) });
  for (const [k, n] of counts) if (n >= MIN_COUNT) rows.set(k, row());
  const bias = row();
  const weight = (r, c, l1) => {
    const z = r.z[c];
    if (Math.abs(z) <= l1) return 0;
    return -(z - Math.sign(z) * l1) / ((BETA + Math.sqrt(r.n[c])) / ALPHA + L2);
  };
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const order = samples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const { x, y } = samples[index];
      const active = [[bias, 1, 0]];
      for (const [k, v] of x) {
        const r = rows.get(k);
        if (r) active.push([r, v, L1]);
      }
      const logits = new Array(K).fill(0);
      const w = active.map(([r, , l1]) => Array.from({ length: K }, (_, c) => weight(r, c, l1)));
      active.forEach(([, v], a) => {
        for (let c = 0; c < K; c++) logits[c] += w[a][c] * v;
      });
      const top = Math.max(...logits);
      const exp = logits.map((l) => Math.exp(l - top));
      const sum = exp.reduce((a, b) => a + b, 0);
      active.forEach(([r, v], a) => {
        for (let c = 0; c < K; c++) {
          const g = (exp[c] / sum - (c === y ? 1 : 0)) * v;
          const sigma = (Math.sqrt(r.n[c] + g * g) - Math.sqrt(r.n[c])) / ALPHA;
          r.z[c] += g - sigma * w[a][c];
          r.n[c] += g * g;
        }
      });
    }
  }
  const weights = {};
  for (const [k, r] of rows) {
    const cells = [];
    for (let c = 0; c < K; c++) {
      const w = weight(r, c, L1);
      if (Math.abs(w) >= PRUNE) cells.push(`${c}:${Math.round(w * 100) / 100}`);
    }
    if (cells.length) weights[k] = cells.join(' ');
  }
  return { bias: Array.from({ length: K }, (_, c) => Math.round(weight(bias, c, 0) * 100) / 100), weights };
}

/** The judging scorer's rules (tests/support/real-web-score.mjs) over the fields of one page. */
const scorePage = (labels, got) =>
  scoreLabels(
    labels,
    [...got].map(([index, field]) => ({ index, field })),
  );

/** Fields the engine would give each control of a page: rules alone (model null) or with the model. */
function detectPage(page, model) {
  const got = new Map();
  for (const form of formsOf(page)) {
    const features = formFeatures(form.controls);
    const items = form.controls.map((c, i) => ({
      signals: c.signals,
      scores: model && features[i] ? mergeLearned(c, predict(model, features[i])) : c.scores,
      blocked: c.blocked ?? undefined,
      looksHidden: c.hidden,
    }));
    const meta = form.meta ?? {};
    const message = ![
      'login',
      'signup',
      'password',
      'newsletter',
      'search',
      'checkout',
      'survey',
      'comment',
    ].includes(meta.kind);
    const assigned = assignFields(items, {
      allowEsim: meta.support && meta.esim,
      allowMessage: message,
      supportForm: meta.support,
    });
    form.controls.forEach((c, i) => {
      got.set(c.index, assigned[i].field);
    });
  }
  return got;
}

const missLines = [];
function evaluateRaw(pages, model) {
  const total = { inScope: 0, right: 0, negatives: 0, falseLabels: 0, esimFalse: 0, pages: pages.length };
  for (const page of pages) {
    const s = scorePage(page.labels, detectPage(page, model));
    for (const k of Object.keys(total)) if (k !== 'pages') total[k] += s[k];
    for (const m of s.misses)
      missLines.push(
        `${page.corpus}\t${page.page}#${m.index}\t${m.kind}\twant ${m.want}\tgot ${m.got}\t${describe(page.controls[m.index])}`,
      );
  }
  return total;
}
function describe(c) {
  const sig = c?.signals;
  if (!sig) return 'no control';
  return `type=${sig.type} hidden=${c.hidden} name=${sig.nameWords.join('.')} path=${(sig.pathWords ?? []).join('.')} id=${sig.idWords.join('.')} label=${sig.labelSource}:"${sig.label}" ph="${sig.placeholder}" aria="${sig.ariaLabel}" rules=${(
    c.scores ?? []
  )
    .slice(0, 2)
    .map((x) => `${x.field}:${x.score}`)
    .join(',')}`;
}
const sum = (list) => list.reduce((a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, a[k] + b[k]])));
const summary = (t) =>
  `accuracy ${((100 * t.right) / t.inScope).toFixed(1)}% (${t.right}/${t.inScope}) false labels ${t.falseLabels} of ${t.negatives} (${((100 * t.falseLabels) / t.negatives).toFixed(1)}%), eSIM false ${t.esimFalse}, pages ${t.pages}`;

function evaluate(pages, model, missFile) {
  const total = { inScope: 0, right: 0, negatives: 0, falseLabels: 0, esimFalse: 0 };
  const lines = [];
  for (const page of pages) {
    const s = scorePage(page.labels, detectPage(page, model));
    for (const k of Object.keys(total)) total[k] += s[k];
    for (const m of s.misses) {
      const c = page.controls[m.index];
      const sig = c?.signals;
      const what = sig
        ? `type=${sig.type} name=${sig.nameWords.join('.')} id=${sig.idWords.join('.')} label=${sig.labelSource}:"${sig.label}" ph="${sig.placeholder}" aria="${sig.ariaLabel}" rules=${(
            c.scores ?? []
          )
            .slice(0, 2)
            .map((x) => `${x.field}:${x.score}`)
            .join(',')}`
        : 'no control';
      lines.push(`${page.page}#${m.index}\t${m.kind}\twant ${m.want}\tgot ${m.got}\t${what}`);
    }
  }
  if (missFile) writeFileSync(missFile, `${lines.join('\n')}\n`);
  const pct = (a, b) => ((100 * a) / b).toFixed(1);
  return `accuracy ${pct(total.right, total.inScope)}% (${total.right}/${total.inScope}) false labels ${total.falseLabels} of ${total.negatives} (${pct(total.falseLabels, total.negatives)}%), eSIM false ${total.esimFalse}, pages ${pages.length}`;
}

const corpora = files.map(load);
if (mode === '--eval') {
  corpora.forEach((pages, k) => {
    const name = pages[0]?.corpus;
    const learnOn = corpora
      .filter((_, j) => j !== k)
      .flat()
      .filter((p) => !SAMPLE.has(p.page) || p.corpus !== 'formasaurus');
    const model = train(samplesOf(learnOn));
    console.log(`${name}: rules ${evaluate(pages, null, `/tmp/learn-${name}-rules.tsv`)}`);
    console.log(
      `${name}: model ${evaluate(pages, model, `/tmp/learn-${name}-model.tsv`)}  (${Object.keys(model.weights).length} features)`,
    );
  });
} else if (mode === '--cv') {
  // Five folds by page: every page is scored by a model that never saw it (nor the vendored sample).
  const FOLDS = 5;
  const foldOf = (page) => [...page.page].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7) % FOLDS;
  const all = corpora.flat();
  const models = Array.from({ length: FOLDS }, (_, k) =>
    train(
      samplesOf(all.filter((p) => foldOf(p) !== k && !(p.corpus === 'formasaurus' && SAMPLE.has(p.page)))),
    ),
  );
  for (const pages of corpora) {
    const name = pages[0]?.corpus;
    const byFold = (k) => pages.filter((p) => foldOf(p) === k);
    const results = models.map((m, k) => evaluateRaw(byFold(k), m));
    console.log(`${name}: 5-fold ${summary(sum(results))}`);
  }
  const sample = corpora.flat().filter((p) => p.corpus === 'formasaurus' && SAMPLE.has(p.page));
  if (sample.length)
    console.log(`vendored sample (never learned): ${summary(evaluateRaw(sample, models[0]))}`);
  writeFileSync('/tmp/learn-cv-misses.tsv', `${missLines.join('\n')}\n`);
} else if (mode === '--write') {
  const learnOn = corpora.flat().filter((p) => !(p.corpus === 'formasaurus' && SAMPLE.has(p.page)));
  const model = train(samplesOf(learnOn));
  const body = `// Generated by scripts/learn/train.mjs from ${corpora.map((c) => c[0]?.corpus).join(', ')} (${learnOn.length} pages; the vendored test sample excluded). Do not edit.\nimport type { LearnedModel } from './learned';\n\nexport const MODEL: LearnedModel = ${JSON.stringify(model)};\n`;
  writeFileSync(resolve(ROOT, 'src/detect/model.ts'), body);
  spawnSync('npx', ['biome', 'format', '--write', 'src/detect/model.ts'], { cwd: ROOT });
  console.log(
    `wrote src/detect/model.ts: ${Object.keys(model.weights).length} features, ${body.length} bytes`,
  );
}
