// Spec of the test rig: the page oracle (tests/support/oracle.ts) behind every autofill e2e test must
// be able to fail. Each kind of mistake the extension could make (wrong value, missed field, leak into
// a honeypot or a frame, wrong option, framework state out of step, submission, a composed text in the
// wrong language or carrying the activation code) is fed to it as a page snapshot, and it must say so.
// No browser needed.
import { describe, expect, test } from 'vitest';
import { type CorpusPage, PROFILES } from '../fixtures/sites/corpus';
import { assess, type ControlRecord, type FrameSnapshot } from '../support/oracle';

const entry: CorpusPage = {
  name: 'synthetic',
  url: 'https://www.opt.nc/x',
  route: { file: 'none' },
  profile: PROFILES.optNc,
  kind: 'support',
};

const control = (partial: Partial<ControlRecord>): ControlRecord => ({
  where: '',
  tag: 'input',
  type: 'text',
  id: '',
  name: '',
  label: '',
  expect: 'none',
  honeypot: false,
  untouchable: null,
  stateKey: null,
  mentions: null,
  maxLength: -1,
  original: '',
  current: '',
  value: '',
  ...partial,
});

const frame = (controls: ControlRecord[], extra: Partial<FrameSnapshot> = {}): FrameSnapshot => ({
  url: 'https://www.opt.nc/x',
  lang: 'fr',
  controls,
  submits: [],
  state: null,
  frameExpect: null,
  frameKind: null,
  ...extra,
});

const description =
  'Bonjour, je demande le remplacement de mon eSIM. Appareil : iPhone 15 Pro. Motif : perte ou vol.';

const rightPage = () => [
  frame([
    control({ id: 'prenom', expect: 'givenName', current: 'Marie-Hélène' }),
    control({ id: 'tel', expect: 'phone', current: '+687 75 12 34' }),
    control({ id: 'nat', expect: 'phoneNational', current: '75.12.34' }),
    control({ id: 'eid', expect: 'eid', current: '89049032123451234512345678901235' }),
    control({ id: 'imei', expect: 'imei', current: '354178036859789' }),
    control({
      id: 'motif',
      tag: 'select',
      type: 'select',
      expect: 'reason',
      original: 0,
      current: 2,
      expectedOption: 2,
      options: ['Choisir', 'Casse', 'Perte ou vol'],
    }),
    control({ id: 'msg', tag: 'textarea', type: 'textarea', expect: 'description', current: description }),
    control({ id: 'commande', expect: 'orderNumber' }),
    control({ id: 'pot', expect: 'none', honeypot: true }),
  ]),
];

describe('the page oracle reports every kind of mistake the extension could make', () => {
  test('passes a page filled exactly as annotated (phone separators are free, digits are not)', () => {
    const result = assess(entry, rightPage());
    expect(result.problems).toEqual([]);
    // The profile has no order number: that box is not expected, and stays empty.
    expect(result).toMatchObject({ expected: 7, right: 7, missed: 0, wrong: 0, changed: 7 });
  });

  test('reports a wrong value, a missed field and a wrong option', () => {
    const frames = rightPage();
    const [first] = frames;
    first!.controls[0]!.current = 'Marie';
    first!.controls[3]!.current = '8904 9032 1234 5123 4512 3456 7890 1235';
    first!.controls[4]!.current = '';
    first!.controls[5]!.current = 1;
    const result = assess(entry, frames);
    expect(result).toMatchObject({ expected: 7, right: 3, missed: 1, wrong: 3 });
    expect(result.problems.join('\n')).toMatch(/#prenom.*expected "Marie-Hélène", got "Marie"/);
    expect(result.problems.join('\n')).toMatch(
      /#motif.*expected option 2 "Perte ou vol", got option 1 "Casse"/,
    );
  });

  test('reports leaks by kind: honeypot, third-party frame, non-support page, policy page', () => {
    const frames = rightPage();
    frames[0]!.controls[8]!.current = 'mh.wamytan@lagoon.nc';
    frames.push(
      frame([control({ name: 'email', current: 'mh.wamytan@lagoon.nc' })], {
        url: 'https://widgets.example-chat.com/w',
        frameExpect: 'none',
        frameKind: 'third-party',
      }),
    );
    const result = assess(entry, frames);
    expect(result.leaks).toMatchObject({ hidden: 1, 'third-party': 1 });

    const policy = assess({ ...entry, kind: 'policy', nothingBecause: 'cross-carrier' }, rightPage());
    expect(policy.leaks['cross-carrier']).toBe(7);
    expect(policy.expected).toBe(0);
    const login = assess({ ...entry, kind: 'non-support' }, [
      frame([control({ name: 'username', current: 'x@y.nc' })]),
    ]);
    expect(login.leaks['non-support']).toBe(1);
  });

  test('counts a value written into an ordinary box that asks for something else as wrong, not as a leak', () => {
    const result = assess(entry, [
      frame([
        control({ id: 'tel-fixe', type: 'tel', expect: 'none', current: '+687751234' }),
        control({ id: 'tel-portable', type: 'tel', expect: 'phone' }),
      ]),
    ]);
    expect(result).toMatchObject({ expected: 1, missed: 1, wrong: 1 });
    expect(Object.values(result.leaks).every((count) => count === 0)).toBe(true);
  });

  test('reports the wrong radio checked, a changed box the profile has nothing for, and unannotated controls', () => {
    const result = assess(entry, [
      frame([
        control({ type: 'radio', name: 'motif', expect: 'reason', original: false, current: false }),
        control({ type: 'radio', name: 'motif', expect: 'none', original: false, current: true }),
        control({ id: 'commande', expect: 'orderNumber', current: 'AIR-1' }),
        control({ id: 'mystery', expect: null }),
      ]),
    ]);
    expect(result).toMatchObject({ expected: 1, missed: 1, wrong: 2 });
    expect(result.problems.join('\n')).toMatch(/not annotated/);
  });

  test('reports composed texts in the wrong language, without the device, or carrying the activation code', () => {
    const profile = { ...PROFILES.airaloEn };
    const airalo = { ...entry, profile, url: 'https://www.airalo.com/x' };
    const text = (current: string, lang = 'en') =>
      assess(airalo, [
        frame([control({ tag: 'textarea', type: 'textarea', expect: 'description', current })], { lang }),
      ]).problems.join('\n');
    const good = `Hello, I need a replacement eSIM. Device: iPhone 15 Pro. Order AIR-240611-40917.`;
    expect(text(good)).toBe('');
    expect(text(good, 'zh-cn')).toMatch(/language \(zh\)/);
    expect(text('Hello, I need a replacement eSIM. Order AIR-240611-40917.')).toMatch(/deviceModel/);
    expect(text(`${good} Code: ${profile.activationCode}`)).toMatch(/activation code/);
    expect(text(`${good} N7-4KZP2Q-W8DM5C`)).toMatch(/activation code/);
  });

  test('reports framework state out of step with the DOM, and any submission', () => {
    const result = assess(entry, [
      frame(
        [control({ id: 'prenom', expect: 'givenName', current: 'Marie-Hélène', stateKey: 'firstName' })],
        {
          state: { firstName: '' },
          submits: ['#form'],
        },
      ),
    ]);
    expect(result.problems.join('\n')).toMatch(/state\.firstName is ""/);
    expect(result.problems.join('\n')).toMatch(/submitted/);
  });

  test('refuses a fixture profile with an invalid identifier', () => {
    expect(() =>
      assess({ ...entry, profile: { ...PROFILES.optNc, iccid: '898520002634518280' } }, []),
    ).toThrow(/invalid ICCID/);
  });
});
