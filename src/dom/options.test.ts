import { describe, expect, test } from 'vitest';
import { type Choice, isPlaceholderText, matchOption, reasonOf, type Wanted } from './options';

const choices = (...labels: string[]): Choice[] => labels.map((label) => ({ label, value: label }));
const pick = (list: Choice[], match: Wanted['match'], wanted: string | string[]) => {
  const index = matchOption(list, { match, values: typeof wanted === 'string' ? [wanted] : wanted });
  return index < 0 ? null : list[index]!.label;
};

describe('device model', () => {
  const phones = choices(
    '--None--',
    'Apple iPhone 15',
    'Apple iPhone 15 Pro Max',
    'Apple iPhone 15 Pro',
    'Apple iPhone 15 Plus',
  );
  test('"iPhone 15 Pro" chooses exactly "Apple iPhone 15 Pro"', () => {
    expect(pick(phones, 'text', 'iPhone 15 Pro')).toBe('Apple iPhone 15 Pro');
  });
  test('never a neighbouring model when the right one is missing', () => {
    const withoutPro = phones.filter((c) => c.label !== 'Apple iPhone 15 Pro');
    expect(pick(withoutPro, 'text', 'iPhone 15 Pro')).toBeNull();
    expect(pick(choices('Apple iPhone 15 Pro'), 'text', 'iPhone 15')).toBeNull();
  });
  test('"iPhone 15" chooses "Apple iPhone 15", not Plus or Pro', () => {
    expect(pick(phones, 'text', 'iPhone 15')).toBe('Apple iPhone 15');
  });
  test('spacing, capacity and network words do not matter', () => {
    expect(
      pick(choices('Samsung Galaxy S24 5G 256 Go', 'Samsung Galaxy S24 Ultra'), 'text', 'galaxy s24'),
    ).toBe('Samsung Galaxy S24 5G 256 Go');
    expect(pick(choices('Google Pixel 8', 'Google Pixel 8a'), 'text', 'Pixel 8')).toBe('Google Pixel 8');
    expect(pick(choices('iPhone15Pro', 'iPhone15ProMax'), 'text', 'iPhone 15 Pro')).toBe('iPhone15Pro');
  });
  test('options passed over unread are only those that cannot name the model', () => {
    // Written joined, in capitals, with accents or dashes, or named by the value alone.
    expect(pick(choices('Galaxy S24', 'APPLE IPHONE15PRO 256GB'), 'text', 'iPhone 15 Pro')).toBe(
      'APPLE IPHONE15PRO 256GB',
    );
    expect(pick(choices('iPhone 15', 'iPhone 15 Pro – Titane'), 'text', 'iPhone 15 Pro')).toBe(
      'iPhone 15 Pro – Titane',
    );
    expect(pick(choices('Téléphone Galaxy S24', 'Autre'), 'text', 'Galaxy S24')).toBe('Téléphone Galaxy S24');
    const byValue = [
      { label: 'Modèle haut de gamme', value: 'iPhone_15_Pro' },
      { label: 'Autre', value: 'other' },
    ];
    expect(matchOption(byValue, { match: 'text', values: ['iPhone 15 Pro'] })).toBe(0);
    // A prompt is never chosen, even when its wording names the model.
    const prompted = [
      { label: 'Choose your iPhone', value: 'iPhone' },
      { label: 'Android', value: 'android' },
    ];
    expect(matchOption(prompted, { match: 'text', values: ['iPhone'] })).toBe(-1);
  });
  test('option value matches too', () => {
    expect(
      matchOption(
        [
          { label: 'Modèle A', value: 'x1' },
          { label: 'Modèle B', value: 'x2' },
        ],
        { match: 'text', values: ['x2'] },
      ),
    ).toBe(1);
  });
});

describe('placeholders are never chosen', () => {
  test.each([
    '--None--',
    'Choisir…',
    '请选择',
    '请选择运营商',
    'Select...',
    'Please select',
    '-- Sélectionnez --',
    '',
    'Veuillez choisir',
    'Seleccione una opción',
    'Bitte wählen',
    'Seleziona',
    'Selecione',
    '選択してください',
    '-- Выберите --',
    'Maak een keuze',
    'Kies een optie',
    '-- Wybierz --',
  ])('%j', (label) => {
    expect(isPlaceholderText(label)).toBe(true);
    expect(matchOption([{ label, value: '' }], { match: 'reason', values: ['other'] })).toBe(-1);
  });
  test.each(['Lost', 'Autre', 'Apple iPhone 15', 'Selfie camera broken', 'Otro', 'Другое', 'Anders', 'Inne'])(
    '%j is a real choice',
    (label) => {
      expect(isPlaceholderText(label)).toBe(false);
    },
  );
});

describe('reason options in three languages', () => {
  const fr = choices(
    'Choisir…',
    'Téléphone perdu ou volé',
    'Appareil endommagé/cassé',
    'Changement de téléphone',
    'eSIM supprimée par erreur',
    'Autre',
  );
  const en = choices('Select one', 'Broken', 'Lost/Stolen', 'New phone', 'Deleted by mistake', 'Other');
  const zh = choices('请选择', '损坏', '换机/更换设备', '手机丢失/被盗', '误删', '其他');
  test.each([
    ['lost', 'Téléphone perdu ou volé', 'Lost/Stolen', '手机丢失/被盗'],
    ['damaged', 'Appareil endommagé/cassé', 'Broken', '损坏'],
    ['newDevice', 'Changement de téléphone', 'New phone', '换机/更换设备'],
    ['deleted', 'eSIM supprimée par erreur', 'Deleted by mistake', '误删'],
    ['other', 'Autre', 'Other', '其他'],
  ])('%s', (reason, french, english, chinese) => {
    expect(pick(fr, 'reason', reason)).toBe(french);
    expect(pick(en, 'reason', reason)).toBe(english);
    expect(pick(zh, 'reason', reason)).toBe(chinese);
  });
  test('a label in another language is understood as its reason', () => {
    expect(reasonOf('Téléphone perdu ou volé')).toBe('lost');
    expect(pick(en, 'reason', 'Téléphone perdu ou volé')).toBe('Lost/Stolen');
    expect(pick(zh, 'reason', 'Changement de téléphone')).toBe('换机/更换设备');
  });
  test('an option naming only our reason beats one naming several', () => {
    expect(pick(choices('Perte, vol ou casse', 'Vol'), 'reason', 'lost')).toBe('Vol');
  });
  test('"lost or stolen" prefers the option that says both', () => {
    expect(
      pick(choices('--Aucun--', 'Perte', 'Vol', 'Perte ou vol', 'Téléphone cassé'), 'reason', 'lost'),
    ).toBe('Perte ou vol');
    expect(pick(choices('Lost', 'Stolen', 'Lost or stolen'), 'reason', 'lost')).toBe('Lost or stolen');
  });
  test('no option for the reason: nothing chosen', () => {
    expect(pick(choices('Billing', 'Roaming'), 'reason', 'deleted')).toBeNull();
  });
});

describe("reason options in every pack's language", () => {
  test.each([
    [
      'es',
      ['Seleccione…', 'Pérdida o robo', 'Terminal dañado', 'Cambio de teléfono', 'eSIM eliminada', 'Otro'],
    ],
    [
      'de',
      [
        'Bitte wählen',
        'Verlust oder Diebstahl',
        'Gerät defekt',
        'Gerätewechsel',
        'eSIM gelöscht',
        'Sonstiges',
      ],
    ],
    [
      'it',
      [
        'Seleziona',
        'Smarrimento o furto',
        'Dispositivo danneggiato',
        'Cambio telefono',
        'eSIM cancellata',
        'Altro',
      ],
    ],
    [
      'pt',
      ['Selecione', 'Perda ou roubo', 'Aparelho danificado', 'Troca de aparelho', 'eSIM apagada', 'Outro'],
    ],
    ['ja', ['選択してください', '紛失・盗難', '故障・破損', '機種変更', 'eSIMを削除した', 'その他']],
    [
      'ru',
      ['-- Выберите --', 'Утеря или кража', 'Телефон сломан', 'Смена телефона', 'eSIM удалена', 'Другое'],
    ],
    [
      'nl',
      [
        'Maak een keuze',
        'Verloren of gestolen',
        'Toestel kapot',
        'Nieuwe telefoon',
        'eSIM verwijderd',
        'Anders',
      ],
    ],
    [
      'pl',
      [
        '-- Wybierz --',
        'Zgubiony lub skradziony',
        'Uszkodzony telefon',
        'Zmiana telefonu',
        'eSIM usunięta',
        'Inne',
      ],
    ],
  ])('%s', (_, labels) => {
    const list = choices(...labels);
    const reasons = ['lost', 'damaged', 'newDevice', 'deleted', 'other'];
    expect(reasons.map((reason) => pick(list, 'reason', reason))).toEqual(labels.slice(1));
  });
  test('a reason written in one language chooses the option written in another', () => {
    expect(reasonOf('Pérdida o robo')).toBe('lost');
    expect(reasonOf('Телефон утерян или украден')).toBe('lost');
    expect(pick(choices('Broken', 'Lost/Stolen'), 'reason', 'Telefoon verloren of gestolen')).toBe(
      'Lost/Stolen',
    );
  });
});

describe('name', () => {
  const wanted = ['OPT-NC (Mobilis / Helia)', 'OPT', 'OPT-NC', 'Mobilis', 'Helia'];
  test('by name or brand alias', () => {
    expect(pick(choices('Orange', 'Mobilis', 'Autre'), 'name', wanted)).toBe('Mobilis');
    expect(pick(choices('Orange', 'Opt-NC', 'Autre'), 'name', wanted)).toBe('Opt-NC');
  });
  test('never another carrier', () => {
    expect(pick(choices('Orange', 'Airtel', 'Option 3'), 'name', wanted)).toBeNull();
  });
});

describe('phone country code', () => {
  test.each([
    [['France (+33)', 'Nouvelle-Calédonie (+687)', 'Polynésie (+689)'], 'Nouvelle-Calédonie (+687)'],
    [['+33', '+68', '+687', '+6870'], '+687'],
    [['France', 'Nouvelle-Calédonie', 'Vanuatu'], 'Nouvelle-Calédonie'],
    [['France', 'New Caledonia'], 'New Caledonia'],
    [['法国', '新喀里多尼亚'], '新喀里多尼亚'],
    [['Francia', 'Nueva Caledonia'], 'Nueva Caledonia'],
    [['Frankreich', 'Neukaledonien'], 'Neukaledonien'],
    [['Франция', 'Новая Каледония'], 'Новая Каледония'],
    [['Frankrijk', 'Nieuw-Caledonië'], 'Nieuw-Caledonië'],
    [['Francja', 'Nowa Kaledonia'], 'Nowa Kaledonia'],
    [['ニュージーランド', 'ニューカレドニア'], 'ニューカレドニア'],
    [['Nouvelle-Zélande', 'Calédonie', 'Polynésie'], 'Calédonie'],
  ])('%j → %s', (labels, expected) => {
    expect(pick(choices(...labels), 'dial-code', '+687')).toBe(expected);
  });
  test('by value: "687" or ISO "NC"', () => {
    expect(
      matchOption(
        [
          { label: 'FR', value: '33' },
          { label: 'NC', value: '687' },
        ],
        { match: 'dial-code', values: ['+687'] },
      ),
    ).toBe(1);
    expect(
      matchOption(
        [
          { label: 'France', value: 'FR' },
          { label: 'Calédonie', value: 'NC' },
        ],
        { match: 'dial-code', values: ['+687'] },
      ),
    ).toBe(1);
  });
  test("part of a name is enough, a neighbour's name is not", () => {
    expect(pick(choices('France', 'Polynésie', 'Wallis'), 'dial-code', '+689')).toBe('Polynésie');
    expect(pick(choices('France', 'Polynésie française'), 'dial-code', '+33')).toBe('France');
    expect(pick(choices('China', 'Chine', '中国大陆'), 'dial-code', '+86')).toBe('China');
    expect(pick(choices('中国大陆'), 'dial-code', '+86')).toBe('中国大陆');
    expect(pick(choices('Polynésie française', 'Machine'), 'dial-code', '+86')).toBeNull();
  });
});
