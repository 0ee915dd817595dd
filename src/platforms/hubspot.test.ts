import { describe, expect, test } from 'vitest';
import { form, loadFixture, loadHtml, named, runScript } from '../../tests/support/platform-fixture';
import { detectForms } from '../detect/detect';
import type { ControlSignals } from '../detect/types';
import hubspot from './hubspot';
import { PLATFORMS } from './index';

const EN = 'https://www.holafly.com/contact/';
const FR = 'https://www.holafly.com/fr/contact/';
const signals = {} as ControlSignals;
const field = (name: string) => hubspot.fieldHint?.(named(name), signals)?.field;

describe('hubspot forms', () => {
  test('hs-form forms are recognised; only a form that creates a ticket is a support form by itself', () => {
    loadFixture('hubspot-en.html', EN);
    const ticket = form('#hsForm_7c1e9d2a-3b44-4f5e-9a61-2d8e0b7f4c11');
    const newsletter = form('#hsForm_0a9b8c7d');
    expect(hubspot.matchesForm(ticket, document)).toBe(true);
    expect(hubspot.matchesForm(newsletter, document)).toBe(true);
    expect(hubspot.isSupportForm?.(ticket)).toBe(true);
    expect(hubspot.isSupportForm?.(newsletter)).toBe(false);
    loadFixture('hubspot-fr.html', FR);
    expect(hubspot.isSupportForm?.(form('form.hs-form'))).toBe(true);
  });

  test('v3 names (email, firstname, TICKET.subject, TICKET.content)', () => {
    loadFixture('hubspot-en.html', EN);
    expect(field('email')).toBe('email');
    expect(field('firstname')).toBe('givenName');
    expect(field('lastname')).toBe('familyName');
    expect(field('phone')).toBe('phone');
    expect(field('TICKET.subject')).toBe('subject');
    expect(field('TICKET.content')).toBe('description');
    expect(field('TICKET.order_id')).toBeUndefined();
  });

  test('v4 names (0-1/…, 0-5/…): "Nom du ticket" is the subject, not a family name', () => {
    loadFixture('hubspot-fr.html', FR);
    expect(field('0-1/email')).toBe('email');
    expect(field('0-1/lastname')).toBe('familyName');
    expect(field('0-1/mobilephone')).toBe('phone');
    expect(field('0-5/subject')).toBe('subject');
    expect(field('0-5/content')).toBe('description');
    expect(field('0-5/numero_de_commande')).toBeUndefined();
  });

  test('consent boxes and hs_context are never touched', () => {
    loadFixture('hubspot-en.html', EN);
    expect(hubspot.neverTouch?.(named('LEGAL_CONSENT.processing'))).toBe(true);
    expect(hubspot.neverTouch?.(named('LEGAL_CONSENT.subscription_type_11223344'))).toBe(true);
    expect(hubspot.neverTouch?.(named('hs_context'))).toBe(true);
    expect(hubspot.neverTouch?.(named('email'))).toBe(false);
  });
});

test('through the engine: the ticket form passes the gate as HubSpot, the newsletter beside it does not', () => {
  loadFixture('hubspot-en.html', EN);
  const detections = detectForms(document, { adapters: PLATFORMS });
  const of = (id: string) => detections.find((d) => d.root.id === id);
  expect(of('hsForm_7c1e9d2a-3b44-4f5e-9a61-2d8e0b7f4c11')?.gate.isSupportForm).toBe(true);
  expect(of('hsForm_7c1e9d2a-3b44-4f5e-9a61-2d8e0b7f4c11')?.platform).toBe('hubspot');
  expect(of('hsForm_0a9b8c7d')?.platform).toBe('hubspot');
  expect(of('hsForm_0a9b8c7d')?.gate.isSupportForm).toBe(false);
});

describe('v4 dropdowns: a readonly button over a hidden input that posts an internal value', () => {
  const PAGE = `<form class="hsfc-Form" novalidate><div class="hsfc-Step"><div class="hsfc-Step__Content">
    <div class="hsfc-Row"><div class="hsfc-TextField"><label class="hsfc-FieldLabel" for="sub"><span>Objet de la demande</span></label><input id="sub" class="hsfc-TextInput" name="0-5/subject" type="text"></div></div>
    <div class="hsfc-Row"><div class="hsfc-DropdownField"><label class="hsfc-FieldLabel" for="dd"><span>Motif du remplacement</span><span class="hsfc-FieldLabel__RequiredIndicator">*</span></label>
      <div class="hsfc-DropdownInput"><input id="dd" class="hsfc-TextInput hsfc-TextInput--button" type="text" role="button" readonly aria-haspopup="listbox" aria-expanded="false" placeholder="Veuillez sélectionner"><span class="hsfc-DropdownInput__Caret"></span></div>
      <input type="hidden" name="0-5/motif_de_remplacement" value="">
      <div class="hsfc-DropdownOptions" style="display:none"><div class="hsfc-DropdownOptions__Search"><input class="hsfc-TextInput" role="searchbox" type="text"></div>
        <ul role="listbox"><li role="option" data-v="perte_ou_vol">Perte ou vol</li><li role="option" data-v="nouveau_telephone">Nouveau téléphone</li><li role="option" data-v="autre">Autre</li></ul></div></div></div>
  </div></div></form>`;
  // HubSpot's own handlers, reduced: the button opens the list, an option writes label and value.
  const WIDGET = `var f = document.querySelector('.hsfc-DropdownField'), b = f.querySelector('[role=button]'),
    h = f.querySelector('input[type=hidden]'), p = f.querySelector('.hsfc-DropdownOptions');
    b.addEventListener('click', function () { var o = p.style.display === 'none'; p.style.display = o ? '' : 'none'; b.setAttribute('aria-expanded', String(o)); });
    f.querySelectorAll('li').forEach(function (li) { li.addEventListener('click', function () { h.value = li.getAttribute('data-v'); b.value = li.textContent; p.style.display = 'none'; b.setAttribute('aria-expanded', 'false'); }); });`;

  test('the hidden input is the reason field, labelled by its field; its button and search box are not fields', () => {
    loadHtml(PAGE, 'https://www.simcardo.com/fr/support/remplacement-esim');
    const hidden = named('0-5/motif_de_remplacement');
    expect(hubspot.widgetFor?.(hidden)?.options.map((o) => o.label)).toEqual([
      'Perte ou vol',
      'Nouveau téléphone',
      'Autre',
    ]);
    expect(hubspot.neverTouch?.(document.querySelector<HTMLElement>('#dd')!)).toBe(true);
    expect(hubspot.neverTouch?.(document.querySelector<HTMLElement>('[role=searchbox]')!)).toBe(true);
    const detection = detectForms(document, { adapters: PLATFORMS }).find((d) => d.platform === 'hubspot')!;
    expect(detection.controls.find((c) => c.field === 'reason')?.element).toBe(hidden);
  });

  test('choosing clicks the option, so the hidden input gets HubSpot’s internal value and the button its label', () => {
    loadHtml(PAGE, 'https://www.simcardo.com/fr/support/remplacement-esim');
    runScript(WIDGET);
    const hidden = named('0-5/motif_de_remplacement');
    expect(
      hubspot.write?.(hidden, 'reason', 'newDevice', { match: 'reason', values: ['newDevice'] }),
    ).toEqual({ ok: true, shown: 'Nouveau téléphone' });
    expect(hidden.value).toBe('nouveau_telephone');
    expect(document.querySelector<HTMLInputElement>('#dd')!.value).toBe('Nouveau téléphone');
  });

  test('options rendered only while the list is open: the opened list is searched', () => {
    loadHtml(PAGE, 'https://www.simcardo.com/fr/support/remplacement-esim');
    const list = document.querySelector('ul[role=listbox]')!;
    const items = list.innerHTML;
    list.innerHTML = '';
    runScript(WIDGET.replace("f.querySelectorAll('li').forEach", 'void 0; [].forEach'));
    // The list fills when the button opens it, and its options then answer clicks.
    document.querySelector('#dd')!.addEventListener('click', () => {
      list.innerHTML = items;
      for (const li of Array.from(list.querySelectorAll('li')))
        li.addEventListener('click', () => {
          named('0-5/motif_de_remplacement').value = li.getAttribute('data-v')!;
        });
    });
    const hidden = named('0-5/motif_de_remplacement');
    expect(hubspot.widgetFor?.(hidden)?.options).toEqual([]);
    expect(
      hubspot.write?.(hidden, 'reason', 'newDevice', { match: 'reason', values: ['newDevice'] })?.ok,
    ).toBe(true);
    expect(hidden.value).toBe('nouveau_telephone');
  });

  test('a widget that ignores the click is reported, not faked', () => {
    loadHtml(PAGE, 'https://www.simcardo.com/fr/support/remplacement-esim');
    const hidden = named('0-5/motif_de_remplacement');
    expect(
      hubspot.write?.(hidden, 'reason', 'newDevice', { match: 'reason', values: ['newDevice'] })?.ok,
    ).toBe(false);
    expect(hidden.value).toBe('');
  });
});
