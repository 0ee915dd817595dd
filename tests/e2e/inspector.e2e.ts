import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { InspectedControl, InspectedForm } from '../../scripts/inspect/entry';
import { ROOT } from '../support/harness';

// The inspector runs in its own Chromium (no extension needed): these tests spawn it as a maintainer would.
const DIR = 'tests/fixtures/inspector';
const page = (name: string) => `${DIR}/${name}`;
const ESIM_FIELDS = [
  'imei',
  'eid',
  'iccid',
  'activationCode',
  'orderNumber',
  'deviceModel',
  'carrier',
  'reason',
];

// The inspector's own output type: the JSON the script prints must have exactly this shape.
type Field = InspectedControl;

type Inspected = { page: string; error?: string; forms: InspectedForm[]; fields: Field[] };

function run(
  script: string,
  args: string[],
  command = process.execPath,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      command,
      command === process.execPath ? [join(ROOT, script), ...args] : args,
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function inspectJson(...inputs: string[]): Promise<Inspected[]> {
  const { code, stdout, stderr } = await run('scripts/inspect.mjs', ['--json', ...inputs]);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout);
}

const summary = (fields: Field[]) => fields.map((f) => [f.index, f.tag, f.type, f.name, f.id, f.field]);

describe('npm run inspect -- --json', () => {
  test('prints every input/select/textarea of the page in document order with its field', async () => {
    const [result] = await inspectJson(page('opt-remplacement-table.fr.html'));
    expect(result!.page).toBe(page('opt-remplacement-table.fr.html'));
    expect(summary(result!.fields)).toEqual([
      [0, 'input', 'text', 'mots', '', null],
      [1, 'input', 'image', '', '', null],
      [2, 'input', 'hidden', '__VIEWSTATE', '', null],
      [3, 'input', 'text', 'champ1', '', 'familyName'],
      [4, 'input', 'text', 'champ2', '', 'givenName'],
      [5, 'input', 'text', 'champ3', '', 'phone'],
      [6, 'input', 'text', 'champ4', '', 'email'],
      [7, 'select', 'select-one', 'champ5', '', null],
      [8, 'select', 'select-one', 'champ6', '', 'reason'],
      [9, 'input', 'text', 'champ7', '', 'deviceModel'],
      [10, 'input', 'text', 'champ8', '', 'imei'],
      [11, 'input', 'text', 'champ9', '', 'eid'],
      [12, 'textarea', 'textarea', 'champ10', '', 'description'],
      [13, 'input', 'checkbox', 'champ11', '', null],
      [14, 'input', 'submit', 'envoyer', '', null],
      [15, 'input', 'reset', '', '', null],
    ]);
    for (const f of result!.fields) {
      expect(f.score).toBeGreaterThanOrEqual(0);
      expect(f.score).toBeLessThanOrEqual(1);
      expect(f.evidence).not.toBe('');
      if (f.field) expect(f.score).toBeGreaterThanOrEqual(0.5);
    }
    expect(result!.fields.find((f) => f.name === 'champ8')!.evidence).toContain('imei');
  });

  test('several pages, in the order given, as one JSON array on stdout', async () => {
    const pages = [page('zendesk-classic.en.html'), page('carrier-buka.zh.html'), page('shop-login.fr.html')];
    const results = await inspectJson(...pages);
    expect(results.map((r) => r.page)).toEqual(pages);
    const fieldsOf = (i: number) =>
      Object.fromEntries(results[i]!.fields.map((f) => [f.name || f.id, f.field]));
    expect(fieldsOf(0)).toMatchObject({
      'request[anonymous_requester_email]': 'email',
      'request[subject]': 'subject',
      'request[custom_fields][360011111]': 'orderNumber',
      'request[custom_fields][360022222]': 'iccid',
      'request[custom_fields][360033333]': 'deviceModel',
      'request[custom_fields][360044444]': 'eid',
      'request[custom_fields][360055555]': 'reason',
      'request[description]': 'description',
      'request[ticket_form_id]': null,
      authenticity_token: null,
      query: null,
    });
    expect(fieldsOf(1)).toMatchObject({
      custName: 'fullName',
      certNo: null,
      mobile: 'phone',
      smsCode: null,
      reason: 'reason',
      deviceModel: 'deviceModel',
      eid: 'eid',
      imei: 'imei',
      mail: 'email',
      remark: 'description',
      keyword: null,
    });
    expect(fieldsOf(2)).toEqual({
      login: 'email',
      motdepasse: null,
      souvenir: null,
      username: null,
      siret: null,
      password: null,
    });
  });

  test('forms that are not about an eSIM get contact fields, never eSIM fields', async () => {
    const results = await inspectJson(
      page('shop-checkout.en.html'),
      page('shop-contact.en.html'),
      page('software-support.en.html'),
      page('shop-checkout.zh.html'),
    );
    for (const result of results) {
      expect(result.fields.filter((f) => f.field && ESIM_FIELDS.includes(f.field))).toEqual([]);
    }
    const checkout = Object.fromEntries(results[0]!.fields.map((f) => [f.name, f.field]));
    expect(checkout).toMatchObject({
      'checkout[email]': 'email',
      'checkout[shipping_address][first_name]': 'givenName',
      'checkout[shipping_address][last_name]': 'familyName',
      'checkout[shipping_address][company]': null,
      'checkout[shipping_address][city]': null,
      'checkout[shipping_address][phone]': 'phone',
      number: null,
      name: null,
      verification_value: null,
      'checkout[reduction_code]': null,
      'checkout[note]': null,
    });
  });

  test('only top-document controls are listed (shadow DOM inputs are detected but not indexed)', async () => {
    const [result] = await inspectJson(page('shadow-dom.en.html'));
    expect(summary(result!.fields)).toEqual([
      [0, 'input', 'email', 'email', 'top-email', 'email'],
      [1, 'textarea', 'textarea', 'message', 'top-msg', 'description'],
    ]);
  });

  test("each form's kind and outcome (automatic | offer | nothing) and why; each field names its form", async () => {
    const results = await inspectJson(
      page('opt-remplacement-table.fr.html'),
      page('shop-contact.en.html'),
      page('shop-login.fr.html'),
    );
    const verdicts = results.map((r) => r.forms.map((f) => [f.kind, f.outcome, f.outcomeEvidence]));
    expect(verdicts).toEqual([
      [
        ['search', 'nothing', 'search form'],
        ['support', 'automatic', 'asks for imei, eid'],
      ],
      [['support', 'offer', 'support form, nothing says SIM']],
      [
        ['login', 'nothing', 'login form'],
        ['login', 'nothing', 'login form'],
      ],
    ]);
    const [table] = results;
    expect(table!.forms[1]).toMatchObject({ root: 'form[name=form1]', support: true, language: 'fr' });
    expect(table!.forms[1]!.reason).not.toBe('');
    expect(table!.fields.find((f) => f.name === 'champ8')!.form).toBe(1);
    expect(table!.fields.find((f) => f.name === 'mots')!.form).toBe(0);
  });

  test('a missing file is reported on stderr and fails the run; the other pages are still inspected', async () => {
    const good = page('shop-contact.en.html');
    const { code, stdout, stderr } = await run('scripts/inspect.mjs', ['--json', 'no/such/page.html', good]);
    expect(code).toBe(1);
    const [missing, found] = JSON.parse(stdout) as Inspected[];
    expect(missing).toMatchObject({ page: 'no/such/page.html', forms: [], fields: [] });
    expect(missing!.error).toContain('no such file');
    expect(found!.page).toBe(good);
    expect(found!.fields.length).toBeGreaterThan(0);
    expect(stderr).toContain('no/such/page.html: no such file');
    expect(stderr).toContain('1 of 2 pages could not be inspected');
  });

  test('a URL that answers with an HTTP error or does not answer fails the run', async () => {
    const server = createServer((_request, response) => response.writeHead(404).end('<input name="q">'));
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const { port } = server.address() as AddressInfo;
    try {
      const missing = `http://127.0.0.1:${port}/gone`;
      // A port that was just free: nothing listens there any more.
      const closed = createServer();
      await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening));
      const refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
      await new Promise((gone) => closed.close(gone));
      const { code, stdout, stderr } = await run('scripts/inspect.mjs', ['--json', missing, refused]);
      expect(code).toBe(1);
      const [notFound, unreachable] = JSON.parse(stdout) as Inspected[];
      expect(notFound!.error).toMatch(/^HTTP 404/);
      expect(unreachable!.error).toMatch(/ERR_CONNECTION_REFUSED/);
      expect(stderr).toContain('2 of 2 pages could not be inspected');
    } finally {
      server.close();
    }
  });

  test('a page saved as UTF-8 under its old windows-1251 meta reads as UTF-8; a real windows-1251 page still reads', async () => {
    const form = (charset: string) =>
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>Связаться с нами</title></head>` +
      '<body><form><label for="f1">Имя</label><input id="f1" name="f1"><label for="f2">Фамилия</label><input id="f2" name="f2">' +
      '<label for="f3">Электронная почта</label><input id="f3" name="f3"><button>Отправить</button></form></body></html>';
    // Cyrillic А–я are 0xC0–0xFF in windows-1251; the rest of the page is ASCII.
    const windows1251 = (text: string) =>
      Buffer.from(
        [...text].map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))),
      );
    const dir = mkdtempSync(join(tmpdir(), 'resim-inspect-'));
    try {
      const resaved = join(dir, 'resaved.html');
      const legacy = join(dir, 'legacy.html');
      writeFileSync(resaved, form('windows-1251'), 'utf8');
      writeFileSync(legacy, windows1251(form('windows-1251')));
      const results = await inspectJson(resaved, legacy);
      for (const result of results) {
        expect(result.fields.map((f) => f.field)).toEqual(['givenName', 'familyName', 'email']);
      }
      // The file itself is left as it was.
      expect(readFileSync(resaved, 'utf8')).toBe(form('windows-1251'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("--out writes the same JSON to a file; `npm run -s` keeps npm's banner off stdout", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'resim-inspect-'));
    try {
      const out = join(dir, 'result.json');
      const input = page('hubspot-v3.en.html');
      const { code, stdout, stderr } = await run(
        '',
        ['run', '-s', 'inspect', '--', '--json', '--out', out, input],
        'npm',
      );
      expect(code, stderr).toBe(0);
      expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(out, 'utf8')));
      expect((JSON.parse(stdout) as Inspected[])[0]!.page).toBe(input);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('hundreds of pages in one run, one browser', async () => {
    const all = readdirSync(join(ROOT, DIR))
      .filter((f) => f.endsWith('.html'))
      .map(page);
    const inputs = Array.from({ length: 200 }, (_, i) => all[i % all.length]!);
    const results = await inspectJson(...inputs);
    expect(results).toHaveLength(200);
    expect(results.map((r) => r.page)).toEqual(inputs);
    expect(results.every((r) => r.fields.length > 0)).toBe(true);
  }, 180_000);
});

describe('npm run inspect (table and usage)', () => {
  test('plain output is a readable table per page', async () => {
    const { code, stdout } = await run('scripts/inspect.mjs', [page('hubspot-v3.en.html')]);
    expect(code).toBe(0);
    expect(stdout).toContain(page('hubspot-v3.en.html'));
    expect(stdout).toMatch(/form 0 \S+: (automatic|offer) \(/);
    expect(stdout).toMatch(/index\s+tag\s+type\s+name\s+id\s+form\s+field\s+score\s+evidence/);
    expect(stdout).toMatch(/phone_ext\s+0\s+phoneCountryCode/);
  });

  test("README's inspect examples name files that exist", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const examples = [...readme.matchAll(/npm run (?:-s )?inspect -- (.*)/g)].map((m) => m[1]!);
    const files = examples
      .flatMap((args) => args.split(/\s+/))
      .filter((arg) => /^tests\/[^*]*\.html$/.test(arg));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(existsSync(join(ROOT, file)), file).toBe(true);
  });

  test('usage errors exit non-zero', async () => {
    expect((await run('scripts/inspect.mjs', [])).code).toBe(2);
    const unknown = await run('scripts/inspect.mjs', ['--jsn', page('hubspot-v3.en.html')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage');
    expect(unknown.stdout).toBe('');
  });
});

describe('accuracy on the annotated sample pages', () => {
  test('≥ 97% of expected fields, ≥ 97% of contact fields, no false eSIM label', async () => {
    const { code, stdout, stderr } = await run('scripts/inspect-accuracy.mjs', ['--json']);
    expect(code, stderr).toBe(0);
    const { summary: s, pages } = JSON.parse(stdout);
    const wrong = pages.flatMap((p: { page: string; wrong: unknown[] }) =>
      p.wrong.map((w) => ({ page: p.page, ...(w as object) })),
    );
    console.log(
      `inspector accuracy: ${s.correct}/${s.expected} = ${s.accuracy}% · contact ${s.contactCorrect}/${s.contactExpected} = ${s.contactAccuracy}% · ` +
        `wrong labels ${s.falsePositives} · false eSIM labels ${s.falseEsimLabels} (${s.nonEsimPages} non-eSIM pages)`,
    );
    expect(s.pages).toBeGreaterThanOrEqual(40);
    expect(s.accuracy, JSON.stringify(wrong, null, 1)).toBeGreaterThanOrEqual(97);
    expect(s.contactAccuracy).toBeGreaterThanOrEqual(97);
    expect(s.falseEsimLabels).toBe(0);
    expect(s.falseEsimOnNonEsimPages).toBe(0);
  }, 120_000);
});
