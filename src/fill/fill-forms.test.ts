import { describe, expect, test } from 'vitest';
import { $, html } from '../../tests/support/dom';
import { DATA, detection } from '../../tests/support/fill';
import type { PlatformAdapter } from '../detect/adapter';
import { fillForms } from './fill-forms';

const URL = 'https://www.opt.nc/assistance/esim?token=secret#x';

function supportForm() {
  const root = html(`<form id="f">
    <label for="email">Email</label><input id="email" name="email">
    <label for="eid">EID</label><input id="eid" name="eid">
    <label for="model">Modèle</label><select id="model"><option>Choisir…</option><option>Apple iPhone 15 Pro Max</option><option>Apple iPhone 15 Pro</option></select>
    <fieldset><legend>Motif</legend>
      <label><input type="radio" name="motif" value="casse"> Appareil endommagé</label>
      <label><input type="radio" name="motif" value="perte"> Téléphone perdu ou volé</label></fieldset>
    <label for="msg">Message</label><textarea id="msg"></textarea>
  </form>`);
  const form = $('#f', root);
  return detection(
    form,
    {
      '#email': 'email',
      '#eid': 'eid',
      '#model': 'deviceModel',
      'input[value=casse]': 'reason',
      '#msg': 'description',
    },
    { language: 'fr' },
  );
}

describe('fillForms', () => {
  test('fills a support form and reports each field, masking sensitive ones', () => {
    const session = fillForms([supportForm()], DATA, { frameUrl: URL });
    expect($('#email').value).toBe(DATA.values.email);
    expect($('#eid').value).toBe(DATA.values.eid);
    expect($<HTMLSelectElement>('#model').value).toBe('Apple iPhone 15 Pro');
    expect($('input[value=perte]').checked).toBe(true);
    expect($<HTMLTextAreaElement>('#msg').value).toContain('Motif : Téléphone perdu ou volé');
    const { report } = session;
    expect(report.url).toBe('https://www.opt.nc/assistance/esim');
    expect(report.formCount).toBe(1);
    expect(report.filled.map((e) => [e.field, e.label, e.field === 'description' ? '…' : e.shown])).toEqual([
      ['email', 'Email', DATA.values.email],
      ['eid', 'EID', '••••1235'],
      ['deviceModel', 'Modèle', 'Apple iPhone 15 Pro'],
      ['reason', 'Motif', 'Téléphone perdu ou volé'],
      ['description', 'Message', '…'],
    ]);
    expect(JSON.stringify(report)).not.toContain(DATA.values.eid);
  });

  test('the report never carries a secret, even inside the description', () => {
    const root = html('<form id="f"><textarea id="d"></textarea></form>');
    const { report } = fillForms([detection($('#f', root), { '#d': 'description' })], DATA, {
      frameUrl: URL,
    });
    expect($<HTMLTextAreaElement>('#d').value).toContain(DATA.values.imei);
    const text = JSON.stringify(report);
    for (const secret of [DATA.values.eid!, DATA.values.imei!, DATA.values.iccid!])
      expect(text).not.toContain(secret);
    expect(text).toContain('••••9789');
  });

  test('never fills a form that is not a support form', () => {
    const root = html('<form id="f"><input id="e" name="email"><input type="password" id="p"></form>');
    const form = detection($('#f', root), { '#e': 'email' }, { isSupportForm: false });
    const { report } = fillForms([form], DATA, { frameUrl: URL });
    expect($('#e').value).toBe('');
    expect(report.filled).toEqual([]);
    expect(report.skipped).toEqual([
      { field: null, label: 'login form (password)', reason: 'not-support-form' },
    ]);
  });

  test('fills a form once; a second pass writes nothing, even if the person emptied a box', () => {
    const form = supportForm();
    fillForms([form], DATA, { frameUrl: URL });
    $('#email').value = '';
    const again = fillForms([form], DATA, { frameUrl: URL });
    expect($('#email').value).toBe('');
    expect(again.report.filled).toEqual([]);
    expect(again.report.formCount).toBe(0);
  });

  test('a box the person had filled, then emptied, is not filled by a later pass', () => {
    const form = supportForm();
    $('#email').value = 'mine@example.nc';
    fillForms([form], DATA, { frameUrl: URL });
    $('#email').value = '';
    expect(fillForms([form], DATA, { frameUrl: URL }).report.filled).toEqual([]);
    expect($('#email').value).toBe('');
  });

  test('force fills again what is empty, still never overwriting', () => {
    const form = supportForm();
    fillForms([form], DATA, { frameUrl: URL });
    $('#email').value = '';
    $('#eid').value = 'typed by the person';
    const forced = fillForms([form], DATA, { frameUrl: URL, force: true });
    expect($('#email').value).toBe(DATA.values.email);
    expect($('#eid').value).toBe('typed by the person');
    expect(forced.report.filled.map((e) => e.field)).toEqual(['email']);
    expect(forced.report.skipped.map((e) => [e.field, e.reason])).toContainEqual(['eid', 'not-empty']);
  });

  test("a wizard's next step in the same form is filled on the next pass", () => {
    const root = html('<form id="f"><input id="email"><input id="imei" style="display:none"></form>');
    const form = detection($('#f', root), { '#email': 'email', '#imei': 'imei' });
    const first = fillForms([form], DATA, { frameUrl: URL });
    expect(first.report.skipped.map((e) => [e.field, e.reason])).toEqual([['imei', 'hidden']]);
    $('#imei').style.display = '';
    const second = fillForms([form], DATA, { frameUrl: URL });
    expect($('#imei').value).toBe(DATA.values.imei);
    expect(second.report.filled.map((e) => e.field)).toEqual(['imei']);
    // A reused element standing for another field is new too.
    $('#email').setAttribute('name', 'order_number');
    $('#email').value = '';
    form.controls[0]!.field = 'orderNumber';
    expect(fillForms([form], DATA, { frameUrl: URL }).report.filled.map((e) => e.field)).toEqual([
      'orderNumber',
    ]);
  });

  test('undo restores values, selection, checked state and editor text, with events', () => {
    const form = supportForm();
    $('input[value=casse]').checked = true;
    const session = fillForms([form], DATA, { frameUrl: URL });
    expect($('input[value=perte]').checked).toBe(false); // reason already answered: untouched
    const changes: string[] = [];
    document.addEventListener('change', (e) => changes.push((e.target as Element).id));
    session.undo();
    expect($('#email').value).toBe('');
    expect($('#eid').value).toBe('');
    expect($<HTMLSelectElement>('#model').selectedIndex).toBe(0);
    expect($<HTMLTextAreaElement>('#msg').value).toBe('');
    expect($('input[value=casse]').checked).toBe(true);
    expect(changes).toEqual(['msg', 'model', 'eid', 'email']);
  });

  test('undo unchecks a radio group that had no answer, and restores an editor', () => {
    const root = html(`<form id="f"><label><input type="radio" name="r" value="a"> Lost</label>
      <div id="ed" contenteditable="true"><p>draft</p></div></form>`);
    const form = detection($('#f', root), { 'input[value=a]': 'reason' });
    const session = fillForms([form], DATA, { frameUrl: URL });
    expect($('input[value=a]').checked).toBe(true);
    session.undo();
    expect($('input[value=a]').checked).toBe(false);

    $('#ed').innerHTML = '';
    const editor = fillForms([detection($('#f'), { '#ed': 'description' })], DATA, { frameUrl: URL });
    expect($('#ed').textContent).toContain('I would like a replacement');
    editor.undo();
    expect($('#ed').innerHTML).toBe('');
  });

  test('a value the page reverts at once is reported as reverted, not filled', () => {
    const root = html('<form id="f"><input id="o"></form>');
    $('#o').addEventListener('input', (e) => {
      (e.target as HTMLInputElement).value = '';
    });
    const { report } = fillForms([detection($('#f', root), { '#o': 'orderNumber' })], DATA, {
      frameUrl: URL,
    });
    expect(report.filled).toEqual([]);
    expect(report.skipped.map((e) => [e.field, e.reason])).toEqual([['orderNumber', 'reverted-by-page']]);
  });

  test('a value the page reverts on its next render is moved to skipped once settled', async () => {
    const root = html('<form id="f"><input id="o"><input id="e"></form>');
    $('#o').addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      queueMicrotask(() => {
        input.value = '';
      });
    });
    const session = fillForms([detection($('#f', root), { '#o': 'orderNumber', '#e': 'email' })], DATA, {
      frameUrl: URL,
    });
    expect(session.report.filled.map((e) => e.field)).toEqual(['orderNumber', 'email']);
    const settled = await session.settled;
    expect(settled.filled.map((e) => e.field)).toEqual(['email']);
    expect(settled.skipped.map((e) => [e.field, e.reason])).toEqual([['orderNumber', 'reverted-by-page']]);
    session.undo();
    expect($('#e').value).toBe('');
  });

  test("an adapter's writer is used for its platform's forms", () => {
    const root = html(
      '<form id="f"><input type="hidden" id="tag" name="request[custom_fields][1]"><a id="w">-</a></form>',
    );
    const calls: string[] = [];
    const adapter: PlatformAdapter = {
      id: 'zendesk',
      matchesForm: () => true,
      widgetFor: (el) => (el.id === 'tag' ? { visible: $('#w'), options: [] } : undefined),
      write: (el, field, value) => {
        calls.push(`${field}=${value}`);
        (el as HTMLInputElement).value = 'lost_or_stolen';
        $('#w').textContent = value;
        return { ok: true, shown: value };
      },
    };
    const form = detection($('#f', root), { '#tag': 'reason' }, { platform: 'zendesk' });
    const { report } = fillForms([form], DATA, { frameUrl: URL, adapters: [adapter] });
    expect(calls).toEqual(['reason=Lost or stolen phone']);
    expect($('#tag').value).toBe('lost_or_stolen');
    expect(report.platform).toBe('zendesk');
    expect(report.filled).toEqual([
      { field: 'reason', label: 'request[custom_fields][1]', shown: 'Lost or stolen phone' },
    ]);
  });

  test("undo puts a platform widget back through the adapter's own restore", () => {
    const root = html(
      '<form id="f"><input type="hidden" id="tag" name="request[custom_fields][1]"><a id="w">-</a></form>',
    );
    const restored: string[] = [];
    const adapter: PlatformAdapter = {
      id: 'zendesk',
      matchesForm: () => true,
      widgetFor: (el) => (el.id === 'tag' ? { visible: $('#w'), options: [] } : undefined),
      write: (el) => {
        (el as HTMLInputElement).value = 'lost_or_stolen';
        $('#w').textContent = 'Lost';
        return { ok: true, shown: 'Lost' };
      },
      restore: (el, previous) => {
        restored.push(`${el.id}←${JSON.stringify(previous)}`);
        (el as HTMLInputElement).value = previous;
        $('#w').textContent = '-';
        return true;
      },
    };
    const form = detection($('#f', root), { '#tag': 'reason' }, { platform: 'zendesk' });
    fillForms([form], DATA, { frameUrl: URL, adapters: [adapter] }).undo();
    expect(restored).toEqual(['tag←""']);
    expect($('#tag').value).toBe('');
    expect($('#w').textContent).toBe('-');
  });
});
