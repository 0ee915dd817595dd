import { describe, expect, test } from 'vitest';
import { form, loadFixture, loadHtml, named } from '../../tests/support/platform-fixture';
import type { ControlSignals } from '../detect/types';
import { PLATFORMS } from './index';
import salesforce from './salesforce';

const EN = 'https://www.esim-link.com/support/replacement';
const FR = 'https://www.opt.nc/particuliers/mobile/esim/remplacement';
const signals = {} as ControlSignals;

describe('salesforce web-to-case: which forms', () => {
  test('forms posting to servlet.WebToCase, whatever the host', () => {
    loadFixture('salesforce-en.html', EN);
    expect(salesforce.matchesForm(form('#case-form'), document)).toBe(true);
    expect(salesforce.isSupportForm?.(form('#case-form'))).toBe(true);
    loadFixture('salesforce-fr.html', FR);
    expect(salesforce.matchesForm(form('form[name=formulaire_esim]'), document)).toBe(true);
  });

  test('not Web-to-Lead, not a site form that merely carries an orgid', () => {
    loadFixture('salesforce-en.html', EN);
    expect(salesforce.matchesForm(form('#lead-form'), document)).toBe(false);
    loadFixture('salesforce-fr.html', FR);
    expect(salesforce.matchesForm(form('form[action="/recherche"]'), document)).toBe(false);
  });
});

describe('salesforce web-to-case: labels of 00N fields are the text before them', () => {
  test('loose text on the line, up to the previous <br>', () => {
    loadFixture('salesforce-en.html', EN);
    const scope = form('#case-form');
    expect(salesforce.labelFor?.(named('00N5g00000Qa1Bc'), scope)).toBe('Order reference:');
    expect(salesforce.labelFor?.(named('00N5g00000Qa1Bd'), scope)).toBe('ICCID (SIM number):');
    expect(salesforce.labelFor?.(named('00N5g00000Qa1Bf'), scope)).toBe('Handset make and model:');
    expect(salesforce.labelFor?.(named('00N5g00000Qa1Bh'), scope)).toBe('Why do you need a replacement?:');
  });

  test('the table cell to the left in old layouts', () => {
    loadFixture('salesforce-fr.html', FR);
    const scope = form('form[name=formulaire_esim]');
    expect(salesforce.labelFor?.(named('00N0X00000ImEiX'), scope)).toBe('Numéro IMEI');
    expect(salesforce.labelFor?.(named('phone'), scope)).toBe('N° de mobile concerné *');
  });

  test('a select with nothing before it falls back to its title', () => {
    loadHtml(
      `<form action="https://webto.salesforce.com/servlet/servlet.WebToCase?encoding=UTF-8" method="POST">
        <div><select id="00N1" name="00N1" title="Device model"><option value="">--None--</option></select></div></form>`,
    );
    expect(salesforce.labelFor?.(named('00N1'), form())).toBe('Device model');
  });

  test('no loose-label guessing outside Web-to-Case', () => {
    loadHtml('<form action="/contact">Order:<input name="x"></form>');
    expect(salesforce.labelFor?.(named('x'), form())).toBeUndefined();
  });
});

describe('salesforce web-to-case: standard names and untouchables', () => {
  test('standard case fields by name', () => {
    loadFixture('salesforce-en.html', EN);
    const field = (name: string) => salesforce.fieldHint?.(named(name, form('#case-form')), signals)?.field;
    expect(field('name')).toBe('fullName');
    expect(field('email')).toBe('email');
    expect(field('phone')).toBe('phone');
    expect(field('subject')).toBe('subject');
    expect(field('description')).toBe('description');
    expect(field('company')).toBeUndefined();
    expect(field('00N5g00000Qa1Bc')).toBeUndefined();
    // The Web-to-Lead form's email is not a case field.
    expect(salesforce.fieldHint?.(named('email', form('#lead-form')), signals)).toBeUndefined();
  });

  test('orgid, retURL, debug, captcha and every hidden field are never touched', () => {
    loadFixture('salesforce-en.html', EN);
    const never = (name: string) => salesforce.neverTouch?.(named(name));
    for (const name of [
      'orgid',
      'retURL',
      'debug',
      'debugEmail',
      'captcha_settings',
      'g-recaptcha-response',
    ]) {
      expect(never(name), name).toBe(true);
    }
    expect(never('00N5g00000Qa1Bc')).toBe(false);
    expect(never('subject')).toBe(false);
    loadFixture('salesforce-fr.html', FR);
    expect(never('00N0X00000ExTrA')).toBe(true);
    expect(never('recordType')).toBe(true);
    expect(never('00N0X00000MoDeL')).toBe(false);
  });
});

describe('salesforce web-to-case: restyled layouts', () => {
  test("the label on the line above the control, and never the previous field's line", () => {
    loadHtml(
      `<form action="https://webto.salesforce.com/servlet/servlet.WebToCase?encoding=UTF-8" method="POST">
        Order reference<br><input id="00N1" name="00N1"><br>
        <input id="00N2" name="00N2"><br>
        <b>ICCID</b> <small>(89…)</small>:<input id="00N3" name="00N3"></form>`,
    );
    const scope = form();
    expect(salesforce.labelFor?.(named('00N1'), scope)).toBe('Order reference');
    expect(salesforce.labelFor?.(named('00N2'), scope)).toBeUndefined();
    expect(salesforce.labelFor?.(named('00N3'), scope)).toBe('ICCID (89…):');
  });
});

describe('salesforce web-to-case: the Case Type picklist is not the reason when the form asks for one', () => {
  const page = (
    reasonRow: string,
  ) => `<form action="https://webto.salesforce.com/servlet/servlet.WebToCase?encoding=UTF-8" method="POST">
    <input type=hidden name="orgid" value="00D2o000000aBcD">
    <table><tr><td><label for="email">Adresse électronique</label></td><td><input id="email" name="email" type="text"></td></tr>
    <tr><td>Type de demande</td><td><select id="type" name="type"><option value="">--Aucun--</option><option value="Réclamation">Réclamation</option><option value="Remplacement eSIM" selected>Remplacement eSIM</option></select></td></tr>
    ${reasonRow}
    <tr><td>Numéro ICCID :</td><td><input id="00N2o000008Iccid" name="00N2o000008Iccid" type="text"></td></tr></table></form>`;
  const reasonOf = async () => {
    const { detectForms } = await import('../detect/detect');
    const controls = detectForms(document, { adapters: PLATFORMS }).find(
      (d) => d.platform === 'salesforce',
    )!.controls;
    return controls.find((c) => c.field === 'reason')?.element.getAttribute('name');
  };

  test('a custom "Motif" picklist is the reason, the Case Type stays as the page set it', async () => {
    loadHtml(
      page(
        `<tr><td>Motif :</td><td><select id="00N2o000008Motif" name="00N2o000008Motif"><option value="">--Aucun--</option><option value="Perte ou vol">Perte ou vol</option><option value="Casse">Casse</option></select></td></tr>`,
      ),
      'https://www.opt.nc/assistance/esim',
    );
    expect(await reasonOf()).toBe('00N2o000008Motif');
  });

  test('with no other reason field, the Case Type may still carry it', async () => {
    loadHtml(page(''), 'https://www.opt.nc/assistance/esim');
    expect(await reasonOf()).toBe('type');
  });
});
