import { describe, expect, test } from 'vitest';
import { form, loadFixture, loadHtml, named, runScript } from '../../tests/support/platform-fixture';
import { detectForms } from '../detect/detect';
import type { ControlSignals } from '../detect/types';
import { PLATFORMS } from './index';
import { taggerOptions } from './lib/tagger';
import zendesk from './zendesk';

const EN = 'https://support.breezesim.com/hc/en-us/requests/new';
const FR = 'https://support.breezesim.com/hc/fr/requests/new';
const ZH = 'https://help.esim-go.com/hc/zh-cn/requests/new';
const signals = {} as ControlSignals;
const hintFor = (name: string) => zendesk.fieldHint?.(named(name), signals)?.field;

describe('zendesk: which forms are its own', () => {
  test('classic form#new_request, newer React form (by action and names), Chinese theme', () => {
    loadFixture('zendesk-en.html', EN);
    expect(zendesk.matchesForm(form('#new_request'), document)).toBe(true);
    expect(zendesk.isSupportForm?.(form('#new_request'))).toBe(true);
    loadFixture('zendesk-fr.html', FR);
    expect(zendesk.matchesForm(form('form[data-new-request]'), document)).toBe(true);
    loadFixture('zendesk-zh.html', ZH);
    expect(zendesk.matchesForm(form('form[data-new-request]'), document)).toBe(true);
  });

  test('not the help centre search, the newsletter, the sign-in form or a reply to an existing request', () => {
    loadFixture('zendesk-en.html', EN);
    expect(zendesk.matchesForm(form('form[role=search]'), document)).toBe(false);
    expect(zendesk.matchesForm(form('form.newsletter'), document)).toBe(false);
    loadHtml(
      `<form action="/access/login" method="post" id="login-form"><input type="hidden" name="authenticity_token" value="x">
        <label for="user_email">Email</label><input id="user_email" name="user[email]" type="email">
        <label for="user_password">Password</label><input id="user_password" name="user[password]" type="password"></form>
       <form action="/hc/en-us/requests/4411" method="post" class="comment-form"><textarea name="request[comment][value]"></textarea></form>`,
      'https://support.breezesim.com/hc/en-us/signin',
    );
    expect(zendesk.matchesForm(form('#login-form'), document)).toBe(false);
    expect(zendesk.matchesForm(form('.comment-form'), document)).toBe(false);
    // And the engine's gate, with every adapter consulted, refuses the sign-in form.
    const login = detectForms(document, { adapters: PLATFORMS }).find((d) => d.root.id === 'login-form');
    expect(login?.platform).toBeNull();
    expect(login?.gate.isSupportForm).toBe(false);
  });
});

describe('zendesk: field names and what is never touched', () => {
  test('standard names give email, subject and description; custom fields are left to their labels', () => {
    loadFixture('zendesk-en.html', EN);
    expect(hintFor('request[anonymous_requester_email]')).toBe('email');
    expect(hintFor('request[subject]')).toBe('subject');
    expect(hintFor('request[description]')).toBe('description');
    expect(hintFor('request[custom_fields][360011000001]')).toBeUndefined();
    expect(zendesk.fieldHint?.(named('query'), signals)).toBeUndefined();
  });

  test('a request[subject] outside a Zendesk form gets no hint', () => {
    loadHtml('<form action="/contact"><input name="request[subject]"></form>');
    expect(hintFor('request[subject]')).toBeUndefined();
  });

  test('the form picker, tokens and the mimetype are never touched; answers are', () => {
    loadFixture('zendesk-en.html', EN);
    const never = (name: string) => zendesk.neverTouch?.(named(name));
    expect(never('request[ticket_form_id]')).toBe(true);
    expect(never('authenticity_token')).toBe(true);
    expect(never('request[description_mimetype]')).toBe(true);
    expect(never('request[subject]')).toBe(false);
    expect(never('request[custom_fields][360011000003]')).toBe(false);
    // A plain description textarea is written; one behind a rich-text editor is the editor's.
    expect(never('request[description]')).toBe(false);
    loadFixture('zendesk-zh.html', ZH);
    expect(never('request[description]')).toBe(true);
  });
});

describe('zendesk: tagger options', () => {
  test('data-tagger JSON becomes label/value choices, "-" dropped, "::" levels kept', () => {
    loadFixture('zendesk-en.html', EN);
    const device = taggerOptions(named('request[custom_fields][360011000004]'));
    expect(device?.[0]).toEqual({ label: 'Apple::iPhone 15', value: 'device_iphone_15' });
    expect(device?.map((o) => o.value)).not.toContain('');
    expect(device).toHaveLength(7);
  });

  test('older nested format and broken JSON', () => {
    loadHtml(
      `<input id="a" data-tagger='[{"label":"-","value":""},{"label":"Apple","options":[{"label":"iPhone 15","value":"i15"}]},{"label":"Other","value":7}]'>
       <input id="b" data-tagger="[{label:">`,
    );
    expect(taggerOptions(document.getElementById('a')!)).toEqual([
      { label: 'Apple::iPhone 15', value: 'i15' },
      { label: 'Other', value: '7' },
    ]);
    expect(taggerOptions(document.getElementById('b')!)).toBeUndefined();
  });

  test('the widget behind a tagger: nesty anchor (classic), combobox (newer), options from data-tagger or none', () => {
    loadFixture('zendesk-en.html', EN);
    const classic = zendesk.widgetFor?.(named('request[custom_fields][360011000003]'));
    expect(classic?.visible.matches('a.nesty-input')).toBe(true);
    expect(classic?.options.map((o) => o.label)).toContain('My phone was lost or stolen');
    loadFixture('zendesk-fr.html', FR);
    const newer = zendesk.widgetFor?.(named('request[custom_fields][360011000003]'));
    expect(newer?.visible.getAttribute('role')).toBe('combobox');
    expect(newer?.options.find((o) => o.value === 'reissue_lost_stolen')?.label).toBe(
      'Téléphone perdu ou volé',
    );
    loadFixture('zendesk-zh.html', ZH);
    const unlisted = zendesk.widgetFor?.(named('request[custom_fields][4401000000014]'));
    expect(unlisted?.visible.getAttribute('role')).toBe('combobox');
    // No data-tagger: the labels are read from the opened list (values unknown), and it is closed again.
    expect(unlisted?.options.map((o) => o.label)).toContain('手机丢失/被盗');
    expect(unlisted?.options.every((o) => o.value === '')).toBe(true);
    expect(unlisted?.visible.getAttribute('aria-expanded')).toBe('false');
    expect(named('request[custom_fields][4401000000014]').value).toBe('');
  });

  test('a Garden listbox renders options only while open: a vague label is read through them', () => {
    loadHtml(
      `<form action="/hc/fr/requests" method="post" data-new-request>
        <label for=":r2:--input">Que se passe-t-il ?<span aria-hidden="true">*</span></label>
        <div data-garden-id="dropdowns.combobox"><div role="combobox" tabindex="0" aria-expanded="false" aria-controls=":r2:--listbox">
          <div data-garden-id="dropdowns.combobox.value">-</div><input id=":r2:--input" name="request[custom_fields][88]" hidden value=""></div>
          <ul role="listbox" id=":r2:--listbox"></ul></div>
        <label for=":r3:--input">Objet</label><input id=":r3:--input" name="request[subject]">
      </form>`,
      'https://help.airalo.com/hc/fr/requests/new',
    );
    // Like Garden's `{isVisible && children}`: options exist only while expanded.
    runScript(`var t = document.querySelector('[role=combobox]'), l = document.querySelector('[role=listbox]');
      t.addEventListener('click', function () {
        var open = t.getAttribute('aria-expanded') !== 'true';
        t.setAttribute('aria-expanded', String(open));
        l.innerHTML = open ? '<li role="option" data-option-type="next">Problème avec mon téléphone</li><li role="option">J&#39;ai un nouveau téléphone</li><li role="option">J&#39;ai supprimé l&#39;eSIM</li>' : '';
      });`);
    const hidden = named('request[custom_fields][88]');
    const detection = detectForms(document, { adapters: PLATFORMS }).find((d) => d.platform === 'zendesk')!;
    expect(detection.controls.find((c) => c.element === hidden)?.field).toBe('reason');
    expect(document.querySelector('[role=combobox]')!.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelectorAll('[role=option]')).toHaveLength(0);
  });

  test('no widget for hidden plumbing or for inputs outside Zendesk forms', () => {
    loadFixture('zendesk-fr.html', FR);
    expect(zendesk.widgetFor?.(named('request[description_mimetype]'))).toBeUndefined();
    expect(zendesk.widgetFor?.(named('authenticity_token'))).toBeUndefined();
    loadHtml('<form action="/x"><input type="hidden" name="request[x]"><div role="combobox">-</div></form>');
    expect(zendesk.widgetFor?.(named('request[x]'))).toBeUndefined();
  });
});

describe('zendesk: labels where newer themes generate ids', () => {
  test('a label pointing at the id the name implies', () => {
    loadHtml(
      `<form action="/hc/en-us/requests" method="post">
        <label id="request_custom_fields_99_label" for="request_custom_fields_99">Order number</label>
        <input id="r-7f2" name="request[custom_fields][99]"></form>`,
      EN,
    );
    expect(zendesk.labelFor?.(named('request[custom_fields][99]'), form())).toBe('Order number');
  });

  test('an editor takes the label of the textarea it stands for', () => {
    loadFixture('zendesk-zh.html', ZH);
    const editor = document.querySelector<HTMLElement>('.ck-editor__editable')!;
    const request = form('form[data-new-request]');
    expect(zendesk.labelFor?.(editor, request)).toBe('描述*');
    expect(zendesk.fieldHint?.(editor, signals)?.field).toBe('description');
    expect(zendesk.extraControls?.(request)).toEqual([editor]);
  });
});

describe('zendesk: choosing in taggers as a click would', () => {
  test('classic nesty: the tag is posted, the anchor shows the label', () => {
    loadFixture('zendesk-en.html', EN);
    const reason = named('request[custom_fields][360011000003]');
    const outcome = zendesk.write?.(reason, 'reason', 'Lost or stolen phone', {
      match: 'reason',
      values: ['lost'],
    });
    expect(outcome).toEqual({ ok: true, shown: 'My phone was lost or stolen' });
    expect(reason.value).toBe('reissue_lost_stolen');
    expect(reason.nextElementSibling?.textContent).toBe('My phone was lost or stolen');
    expect(document.querySelector('.nesty-panel')).toBeNull();
  });

  test('classic nesty, nested options: "iPhone 15 Pro" is neither "Pro Max" nor "15"', () => {
    loadFixture('zendesk-en.html', EN);
    const device = named('request[custom_fields][360011000004]');
    expect(
      zendesk.write?.(device, 'deviceModel', 'iPhone 15 Pro', { match: 'text', values: ['iPhone 15 Pro'] }),
    ).toEqual({
      ok: true,
      shown: 'Apple > iPhone 15 Pro',
    });
    expect(device.value).toBe('device_iphone_15_pro');
  });

  test('newer combobox: chosen through the widget, so the React-style state keeps it on re-render', () => {
    loadFixture('zendesk-fr.html', FR);
    const reason = named('request[custom_fields][360011000003]');
    expect(
      zendesk.write?.(reason, 'reason', 'Téléphone perdu ou volé', { match: 'reason', values: ['lost'] }),
    ).toEqual({
      ok: true,
      shown: 'Téléphone perdu ou volé',
    });
    const subject = named('request[subject]');
    subject.value = 'x';
    subject.dispatchEvent(new Event('input', { bubbles: true }));
    expect(reason.value).toBe('reissue_lost_stolen');
    expect(named('request[custom_fields][360011000004]').value).toBe('');
  });

  test('no data-tagger: the widget is searched, groups included', () => {
    loadFixture('zendesk-zh.html', ZH);
    const reason = named('request[custom_fields][4401000000014]');
    expect(
      zendesk.write?.(reason, 'reason', '手机丢失/被盗', { match: 'reason', values: ['lost'] }),
    ).toMatchObject({
      ok: true,
      shown: '手机丢失/被盗',
    });
    expect(reason.value).toBe('zh_reason_lost');
    const device = named('request[custom_fields][4401000000015]');
    expect(
      zendesk.write?.(device, 'deviceModel', 'iPhone 15 Pro', { match: 'text', values: ['iPhone 15 Pro'] }),
    ).toMatchObject({
      ok: true,
      shown: '苹果 > iPhone 15 Pro',
    });
    expect(device.value).toBe('zh_iphone_15_pro');
  });

  test('nothing matches: nothing chosen, the widget left closed', () => {
    loadFixture('zendesk-en.html', EN);
    const device = named('request[custom_fields][360011000004]');
    expect(
      zendesk.write?.(device, 'deviceModel', 'Nokia 3310', { match: 'text', values: ['Nokia 3310'] }),
    ).toEqual({
      ok: false,
      reason: 'no-matching-option',
    });
    expect(device.value).toBe('');
    expect(document.querySelector('.nesty-panel')).toBeNull();
  });

  test('a widget that ignores clicks gets the tag and the label written as its click would', () => {
    loadHtml(
      `<form id="new_request" data-form-type="request" action="/hc/en-us/requests" method="post">
        <label for="r">Reason</label>
        <input type="hidden" id="r" name="request[custom_fields][5]" data-tagger='[{"label":"-","value":""},{"label":"Damaged","value":"dmg"},{"label":"Lost","value":"lost_tag"}]'>
        <a class="nesty-input" href="#">-</a></form>`,
      EN,
    );
    const reason = named('request[custom_fields][5]');
    let changes = 0;
    reason.addEventListener('change', () => changes++);
    expect(
      zendesk.write?.(reason, 'reason', 'Lost or stolen phone', { match: 'reason', values: ['lost'] }),
    ).toEqual({ ok: true, shown: 'Lost' });
    expect(reason.value).toBe('lost_tag');
    expect(reason.nextElementSibling?.textContent).toBe('Lost');
    expect(changes).toBe(1);
  });

  test('the rich-text description: typed into the editor, synced into the posted textarea', () => {
    loadFixture('zendesk-zh.html', ZH);
    const editor = document.querySelector<HTMLElement>('.ck-editor__editable')!;
    expect(
      zendesk.write?.(editor, 'description', '您好，\n我需要补办 eSIM。', {
        match: 'text',
        values: ['您好，\n我需要补办 eSIM。'],
      }),
    ).toMatchObject({ ok: true });
    expect(named<HTMLTextAreaElement>('request[description]').value).toContain('我需要补办 eSIM。');
  });

  test('plain inputs are left to the engine', () => {
    loadFixture('zendesk-en.html', EN);
    expect(
      zendesk.write?.(named('request[subject]'), 'subject', 'x', { match: 'text', values: ['x'] }),
    ).toBeUndefined();
  });
});

describe('zendesk: undo through the widget', () => {
  test('classic nesty: back to "-", nothing posted', () => {
    loadFixture('zendesk-en.html', EN);
    const reason = named('request[custom_fields][360011000003]');
    zendesk.write?.(reason, 'reason', 'Lost or stolen phone', { match: 'reason', values: ['lost'] });
    expect(zendesk.restore?.(reason, '')).toBe(true);
    expect(reason.value).toBe('');
    expect(reason.nextElementSibling?.textContent).toBe('-');
  });

  test('newer combobox: the state forgets the choice too, so a re-render keeps it undone', () => {
    loadFixture('zendesk-fr.html', FR);
    const device = named('request[custom_fields][360011000004]');
    zendesk.write?.(device, 'deviceModel', 'iPhone 15 Pro', { match: 'text', values: ['iPhone 15 Pro'] });
    expect(device.value).toBe('device_iphone_15_pro');
    expect(zendesk.restore?.(device, '')).toBe(true);
    const subject = named('request[subject]');
    subject.value = 'x';
    subject.dispatchEvent(new Event('input', { bubbles: true }));
    expect(device.value).toBe('');
    expect(document.querySelector('[aria-controls=":r9:--listbox"]')?.textContent?.trim()).toBe('-');
  });

  test('the editor gets its earlier content back, and the posted textarea follows', () => {
    loadFixture('zendesk-zh.html', ZH);
    const editor = document.querySelector<HTMLElement>('.ck-editor__editable')!;
    const before = editor.innerHTML;
    zendesk.write?.(editor, 'description', '您好', { match: 'text', values: ['您好'] });
    expect(zendesk.restore?.(editor, before)).toBe(true);
    expect(named<HTMLTextAreaElement>('request[description]').value).toBe('');
  });

  test('plain inputs are left to the engine', () => {
    loadFixture('zendesk-en.html', EN);
    expect(zendesk.restore?.(named('request[subject]'), '')).toBeUndefined();
  });
});

describe('zendesk: widgets written differently', () => {
  test('a panel appended to the body whose items answer mousedown, showing only the leaf label', () => {
    loadHtml(
      `<ul class="breadcrumbs"><li>Help</li><li>Submit a request</li></ul>
       <form id="new_request" data-form-type="request" action="/hc/en-us/requests" method="post">
        <div class="form-field"><label for="d">Device</label>
          <input type="hidden" id="d" name="request[custom_fields][7]" data-tagger='[{"label":"-","value":""},{"label":"Apple::iPhone 15 Pro Max","value":"pm"},{"label":"Apple::iPhone 15 Pro","value":"p"},{"label":"Samsung::Galaxy S24","value":"s24"}]'>
          <a class="nesty-input" href="#">-</a></div></form>`,
      EN,
    );
    runScript(`
      const input = document.getElementById('d');
      const anchor = document.querySelector('a.nesty-input');
      const options = JSON.parse(input.dataset.tagger).filter((o) => o.value);
      let panel = null;
      const show = (group) => {
        panel?.remove();
        panel = document.createElement('div');
        panel.className = 'nesty-panel';
        const names = group ? options.filter((o) => o.label.startsWith(group + '::')) : options;
        const seen = new Set();
        for (const o of names) {
          const [top, leaf] = o.label.split('::');
          const text = group ? leaf : top;
          if (seen.has(text)) continue;
          seen.add(text);
          const li = document.createElement('li');
          li.textContent = text;
          li.addEventListener('mousedown', () => {
            if (!group) return show(top);
            input.value = o.value;
            anchor.textContent = leaf;
            panel.remove();
            panel = null;
          });
          panel.append(li);
        }
        document.body.append(panel);
      };
      anchor.addEventListener('click', (e) => { e.preventDefault(); if (panel) { panel.remove(); panel = null; } else show(''); });
    `);
    const device = named('request[custom_fields][7]');
    expect(
      zendesk.write?.(device, 'deviceModel', 'iPhone 15 Pro', { match: 'text', values: ['iPhone 15 Pro'] }),
    ).toEqual({
      ok: true,
      shown: 'iPhone 15 Pro',
    });
    expect(device.value).toBe('p');
    expect(document.querySelector('.nesty-panel')).toBeNull();
  });

  test('a pre-rendered listbox with data-value options and an input showing the label', () => {
    loadHtml(
      `<form action="/hc/fr/requests" method="post">
        <div class="field"><label id="l" for="v">Motif</label>
          <input id="v" role="combobox" readonly aria-controls="lb" aria-expanded="false" aria-labelledby="l" value="">
          <input type="hidden" name="request[custom_fields][8]" data-tagger='[{"label":"Perte","value":"perte"},{"label":"Téléphone perdu ou volé","value":"perdu_vole"}]'>
          <ul id="lb" role="listbox" hidden><li role="option" data-value="perte">Perte</li><li role="option" data-value="perdu_vole">Téléphone perdu ou volé</li></ul>
        </div></form>`,
      FR,
    );
    runScript(`
      const box = document.getElementById('v');
      const list = document.getElementById('lb');
      const hidden = document.querySelector('[name="request[custom_fields][8]"]');
      box.addEventListener('click', () => { list.hidden = !list.hidden; box.setAttribute('aria-expanded', String(!list.hidden)); });
      for (const li of list.children) li.addEventListener('click', () => {
        hidden.value = li.dataset.value; box.value = li.textContent; list.hidden = true; box.setAttribute('aria-expanded', 'false');
      });
    `);
    const reason = named('request[custom_fields][8]');
    expect(zendesk.widgetFor?.(reason)?.visible.id).toBe('v');
    expect(
      zendesk.write?.(reason, 'reason', 'Téléphone perdu ou volé', { match: 'reason', values: ['lost'] }),
    ).toMatchObject({ ok: true });
    expect(reason.value).toBe('perdu_vole');
    expect(named('request[custom_fields][8]').value).toBe('perdu_vole');
    expect((document.getElementById('v') as HTMLInputElement).value).toBe('Téléphone perdu ou volé');
  });
});
