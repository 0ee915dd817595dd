import { beforeEach, describe, expect, test } from 'vitest';
import { explicitLabel, groupLabel, hintText, labelOf, textBefore } from './labels';
import { collectSignals } from './signals';

const page = (html: string) => {
  document.body.innerHTML = html;
};
const $ = (selector: string) => document.querySelector(selector) as HTMLInputElement;
const label = (selector = '#x') => {
  const control = $(selector);
  const { text, source } = labelOf(control, control.closest('form'));
  return [text, source];
};

beforeEach(() => page(''));

describe('explicit labels', () => {
  test('<label for>', () => {
    page('<form><label for="x">Numéro IMEI *</label><div><input id="x"></div></form>');
    expect(label()).toEqual(['Numéro IMEI *', 'label-for']);
  });

  test('wrapping label ignores the option texts of a select inside it', () => {
    page('<form><label>Motif <select id="x"><option>Perte</option></select></label></form>');
    expect(label()).toEqual(['Motif', 'label-wrap']);
  });

  test('aria-labelledby joins every referenced element', () => {
    page('<form><span id="a">Order</span><b id="b">number</b><input id="x" aria-labelledby="a b"></form>');
    expect(label()).toEqual(['Order number', 'aria-labelledby']);
  });

  test('<label for> outside a shadow root names an input inside it', () => {
    page('<form><label for="x">EID</label><div id="host"></div></form>');
    const root = $('#host').attachShadow({ mode: 'open' });
    root.innerHTML = '<input id="x">';
    const input = root.querySelector('input')!;
    expect(explicitLabel(input)).toEqual({ text: 'EID', source: 'label-for' });
  });

  test('<label for> inside the same shadow root', () => {
    page('<form><div id="host"></div></form>');
    const root = $('#host').attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="x">ICCID</label><input id="x">';
    expect(explicitLabel(root.querySelector('input')!)?.text).toBe('ICCID');
  });

  test('an empty label falls back to the text before', () => {
    page('<form><p>Courriel</p><label for="x"></label><input id="x"></form>');
    expect(label()).toEqual(['Courriel', 'text-before']);
  });
});

describe('aria-label, placeholder, title and hints are separate signals', () => {
  test('aria-label only', () => {
    page('<form><input id="x" aria-label="Numéro de commande"></form>');
    const signals = collectSignals($('#x'), $('form'));
    expect(signals.label).toBe('');
    expect(signals.ariaLabel).toBe('numero de commande');
  });

  test('placeholder only', () => {
    page('<form><input id="x" placeholder="Adresse e-mail *"></form>');
    expect(collectSignals($('#x'), $('form')).placeholder).toBe('adresse e mail');
  });

  test('title and aria-describedby', () => {
    page('<form><input id="x" title="IMEI" aria-describedby="h"><small id="h">Composez *#06#</small></form>');
    const signals = collectSignals($('#x'), $('form'));
    expect(signals.title).toBe('imei');
    expect(signals.hint).toBe('composez 06');
  });

  test('hint element right after the control', () => {
    page('<form><input id="x"><div class="help-text">32 chiffres</div></form>');
    expect(hintText($('#x'))).toBe('32 chiffres');
  });
});

describe('text before the control', () => {
  test('preceding text node (Salesforce Web-to-Case)', () => {
    page(
      '<form action="https://webto.salesforce.com/servlet/servlet.WebToCase">Email:<input name="email"><br>' +
        'Order Number:<input id="x" name="00N5g00000ABCDe" maxlength="40"><br></form>',
    );
    expect(label()).toEqual(['Order Number:', 'text-before']);
  });

  test('preceding element, through wrappers that hold only this control', () => {
    page(
      '<form><div class="row"><div class="lbl">Modèle du téléphone</div><div><span><input id="x"></span></div></div></form>',
    );
    expect(label()).toEqual(['Modèle du téléphone', 'text-before']);
  });

  test('a label element for another control is not ours', () => {
    page('<form><label for="a">Nom</label><input id="a"><input id="x"></form>');
    expect(label()).toEqual(['', '']);
  });

  test('stops at the previous field instead of taking its text', () => {
    page('<form><div><span>Prénom</span><input id="a"></div><div><input id="x"></div></form>');
    expect(label()).toEqual(['', '']);
  });

  test('table cell to the left, with opaque names', () => {
    page('<form><table><tr><td>N° de commande</td><td><input id="x" name="champ1"></td></tr></table></form>');
    expect(label()).toEqual(['N° de commande', 'table-cell']);
  });

  test('header cell above in column layouts', () => {
    page(
      '<form><table><tr><th>Nom</th><th>Prénom</th></tr>' +
        '<tr><td><input name="champ1"></td><td><input id="x" name="champ2"></td></tr></table></form>',
    );
    expect(label()).toEqual(['Prénom', 'table-header']);
  });

  test('dt for a dd', () => {
    page('<form><dl><dt>EID</dt><dd><input id="x"></dd><dt>IMEI</dt><dd><input></dd></dl></form>');
    expect(label()).toEqual(['EID', 'dt']);
  });

  test('legend of a fieldset holding only this control', () => {
    page('<form><fieldset><legend>Numéro ICCID</legend><input id="x"></fieldset></form>');
    expect(label()).toEqual(['Numéro ICCID', 'legend']);
  });

  test('list item text', () => {
    page('<form><ul><li>Téléphone <input id="x"></li><li>Courriel <input></li></ul></form>');
    expect(label()).toEqual(['Téléphone', 'text-before']);
  });

  test('long instructions keep only their end', () => {
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(10)}Numéro EID`;
    page(`<form><p>${long}</p><input id="x"></form>`);
    const found = textBefore($('#x'), $('form'));
    expect(found?.text.endsWith('Numéro EID')).toBe(true);
    expect(found!.text.length).toBeLessThanOrEqual(160);
  });

  test('never climbs out of the form', () => {
    page('<h2>Contactez-nous</h2><form><input id="x"></form>');
    expect(label()).toEqual(['', '']);
  });
});

describe('radio groups', () => {
  test('legend names the group; options come from each radio label', () => {
    page(
      '<form><fieldset><legend>Motif</legend>' +
        '<label><input type="radio" id="x" name="m" value="lost"> Perte ou vol</label>' +
        '<label><input type="radio" name="m" value="broken"> Casse</label></fieldset></form>',
    );
    expect(groupLabel($('#x'))?.text).toBe('Motif');
    expect(collectSignals($('#x'), $('form')).options).toEqual(['perte ou vol lost', 'casse broken']);
  });

  test('text before the first radio names every radio of the group', () => {
    page(
      '<form><p>Raison</p><label><input type="radio" name="m"> Perte</label>' +
        '<label><input type="radio" id="x" name="m"> Casse</label></form>',
    );
    expect(label()).toEqual(['Raison', 'text-before']);
  });

  test('role=radiogroup with aria-label', () => {
    page('<form><div role="radiogroup" aria-label="原因"><input type="radio" id="x" name="r"></div></form>');
    expect(label()).toEqual(['原因', 'radiogroup']);
  });
});

describe('labels after the control', () => {
  test('a floating label right after the input, without for', () => {
    page(
      '<form><div class="form-floating"><input id="x" placeholder=" "><label>Adresse e-mail</label></div></form>',
    );
    expect(label()).toEqual(['Adresse e-mail', 'label-after']);
  });

  test('a label after the input that names another control is not ours', () => {
    page('<form><input id="x"><label for="y">Prénom</label><input id="y"></form>');
    expect(label()).toEqual(['', '']);
  });
});
