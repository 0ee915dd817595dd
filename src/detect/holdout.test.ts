// Regressions found by the hold-out corpus (tests/fixtures/sites/holdout): wording and markup of
// carrier pages the engine had not been tuned to.
import { describe, expect, test } from 'vitest';
import { detectHtml, esimSupportForm, fieldForLabel, fieldsByName } from '../../tests/support/detect';
import { dialPrefix } from './labels';

describe('vocabulary', () => {
  test.each([
    ['Identifiant de la carte SIM', 'iccid'],
    ['Identifiant SIM', 'iccid'],
  ])('%s → %s', (label, field) => {
    expect(fieldForLabel(label)).toBe(field);
  });

  test('"isd" inside "msisdn" is no country code', () => {
    // A second MSISDN box (after the phone is taken) must not fall back to the country code.
    const forms = detectHtml(
      esimSupportForm('<input type="tel" name="msisdn"><input type="text" name="msisdn_holder">'),
    );
    expect(fieldsByName(forms).msisdn).toBe('phone');
    expect(fieldsByName(forms).msisdn_holder).not.toBe('phoneCountryCode');
  });

  test.each([
    'Alternate contact number',
    'Numéro de téléphone secondaire',
    'Téléphone de secours',
    '备用电话',
  ])('"%s" is a second number: it does not take the phone', (label) => {
    const forms = detectHtml(
      esimSupportForm(
        // The second number comes first: a tie would otherwise go to it.
        `<label for="alt">${label}</label><input type="tel" id="alt" name="other">` +
          `<label for="main">Mobile number</label><input type="tel" id="main" name="main">`,
      ),
    );
    const fields = fieldsByName(forms);
    expect(fields.main).toBe('phone');
    expect(fields.other).toBeNull();
  });
});

describe('classification', () => {
  test('a drop-down of phone models labelled "Votre mobile" asks for the device, not the number', () => {
    const select = `<select id="x" name="terminal"><option value="">Choisissez votre mobile</option>
      <option>Apple iPhone 15</option><option>Google Pixel 8</option><option>Samsung Galaxy S24</option></select>`;
    expect(fieldForLabel('Votre mobile', select)).toBe('deviceModel');
  });
});

describe('label inference', () => {
  test('a "+86" printed before the box is no label: the table header is', () => {
    const forms = detectHtml(
      '<h1>eSIM 补卡申请</h1><form><table>' +
        '<tr><th>手机号码：</th><td><span class="pre">+86</span> <input type="text" name="f2"></td></tr>' +
        '<tr><th>设备IMEI：</th><td><input type="text" name="f6"></td></tr>' +
        '</table><input type="submit" value="提交"></form>',
      { lang: 'zh-CN', title: 'eSIM 补卡申请 - 客服中心' },
    );
    expect(fieldsByName(forms).f2).toBe('phone');
  });

  test('dialPrefix reads the adornment right before the box, and only a dial code', () => {
    document.body.innerHTML =
      '<div><span>(+33)</span><input id="a"></div><div><span>Téléphone</span><input id="b"></div>';
    expect(dialPrefix(document.getElementById('a')!)).toBe('+33');
    expect(dialPrefix(document.getElementById('b')!)).toBe('');
  });
});

describe('assignment', () => {
  test('a landline box gets nothing beside a split mobile number (国家代码 + 手机, then 座机)', () => {
    const forms = detectHtml(
      esimSupportForm(
        '<label for="cc">国家代码</label><select id="cc" name="cc"><option value="">请选择</option>' +
          '<option value="852">中国香港 (+852)</option><option value="86">中国大陆 (+86)</option>' +
          '<option value="853">中国澳门 (+853)</option></select>' +
          '<label for="sj">手机</label><input id="sj" name="sj">' +
          '<label for="zj">座机</label><input id="zj" name="zj">',
      ),
    );
    const fields = fieldsByName(forms);
    expect(fields.cc).toBe('phoneCountryCode');
    expect(fields.sj).toBe('phoneNational');
    expect(fields.zj).toBeNull();
  });

  test('a lone landline box still takes the number (nothing else asks for it)', () => {
    const forms = detectHtml(esimSupportForm('<label for="f">Téléphone fixe</label><input id="f" name="f">'));
    expect(fieldsByName(forms).f).toBe('phone');
  });
});

describe('vocabulary, batch 4', () => {
  test.each([
    ['Numéro de la ligne perdue ou volée', 'phone'],
    ['Line number of the lost phone', 'phone'],
    ['Name on the account', 'fullName'],
    ['Name on your booking', 'fullName'],
  ])('%s → %s', (label, field) => {
    expect(fieldForLabel(label)).toBe(field);
  });

  test('a box about the lost phone that names no number is still not the phone', () => {
    expect(fieldForLabel('Téléphone perdu le')).not.toBe('phone');
  });
});

describe('nameless radios (Vue v-model, React controlled inputs)', () => {
  test('the radios of one fieldset are one question: every one of them is the reason', () => {
    const forms = detectHtml(
      esimSupportForm(
        '<fieldset><legend>Reason</legend>' +
          '<label><input type="radio" value="lost"> Lost or stolen</label>' +
          '<label><input type="radio" value="new"> New phone</label>' +
          '<label><input type="radio" value="broken"> Broken phone</label></fieldset>',
      ),
    );
    const radios = forms.flatMap((f) => f.controls).filter((c) => c.signals.type === 'radio');
    expect(radios.map((c) => c.field)).toEqual(['reason', 'reason', 'reason']);
    // The options the engine matches against are the whole group's.
    expect(radios[0]!.signals.options.length).toBe(3);
  });
});
