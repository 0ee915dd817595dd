import { describe, expect, test } from 'vitest';
import { $ } from '../../tests/support/dom';
import { DATA } from '../../tests/support/fill';
import { scanning } from '../dom/scan-scope';
import { toFillData } from '../profile/fill-data';
import { emptyProfile } from '../profile/schema';
import { fillPage, isChatOnly, previewSensitive } from './run';

const URL = 'https://www.opt.nc/assistance/esim';

function page(body: string, lang = 'fr') {
  document.documentElement.lang = lang;
  document.title = 'Assistance – remplacement eSIM';
  document.body.innerHTML = body;
}

const SUPPORT_FORM = `<h1>Demande de remplacement d'eSIM</h1>
  <form id="support" action="/assistance/esim" method="post">
    <label for="nom">Nom</label><input id="nom" name="nom">
    <label for="prenom">Prénom</label><input id="prenom" name="prenom">
    <label for="mail">Adresse e-mail</label><input id="mail" name="mail" type="email">
    <label for="tel">Téléphone portable</label><input id="tel" name="tel" type="tel">
    <label for="imei">Numéro IMEI</label><input id="imei" name="imei">
    <label for="cmd">Numéro de commande</label><input id="cmd" name="commande">
    <div style="position:absolute;left:-9999px"><label for="website">Website</label><input id="website" name="email2"></div>
    <label for="objet">Objet</label><input id="objet" name="objet">
    <label for="msg">Votre message</label><textarea id="msg" name="message"></textarea>
    <label><input type="checkbox" id="cgu" name="cgu"> J'accepte les conditions générales d'utilisation</label>
    <button type="submit">Envoyer</button>
  </form>`;

describe('fillPage (detector + fill engine)', () => {
  test('fills a French support page, leaves the honeypot and the consent box, never submits', () => {
    page(SUPPORT_FORM);
    let submitted = false;
    $('#support').addEventListener('submit', (e) => {
      submitted = true;
      e.preventDefault();
    });
    const session = fillPage(document, DATA, { frameUrl: URL, adapters: [], mode: 'auto' }).session;
    expect($('#nom').value).toBe('Dupont');
    expect($('#prenom').value).toBe('Jean');
    expect($('#mail').value).toBe(DATA.values.email);
    expect($('#tel').value).toBe('+687751234');
    expect($('#imei').value).toBe(DATA.values.imei);
    expect($('#cmd').value).toBe(DATA.values.orderNumber);
    expect($('#objet').value).toBe("Remplacement d'eSIM – commande NC-2024-0042");
    expect($<HTMLTextAreaElement>('#msg').value).toContain('Bonjour,');
    expect($<HTMLTextAreaElement>('#msg').value).not.toContain(DATA.values.imei);
    expect($('#website').value).toBe('');
    expect($('#cgu').checked).toBe(false);
    expect(submitted).toBe(false);
    expect(session.report.filled.find((e) => e.field === 'imei')?.shown).toBe('••••9789');
  });

  test('beforeDetect runs once, before detection and inside its scan, and writes happen after that scan', () => {
    page(SUPPORT_FORM);
    const seen: Array<{ scanning: boolean; nom: string }> = [];
    fillPage(document, DATA, {
      frameUrl: URL,
      adapters: [],
      mode: 'auto',
      beforeDetect: () => seen.push({ scanning: scanning(), nom: $('#nom').value }),
    });
    expect(seen).toEqual([{ scanning: true, nom: '' }]);
    expect($('#nom').value).toBe('Dupont');
    expect(scanning()).toBe(false);
  });

  test('a login form on the same site gets nothing', () => {
    page(`<h1>Espace client</h1><form id="login"><label for="u">Adresse e-mail</label><input id="u" name="email" type="email">
      <label for="p">Mot de passe</label><input id="p" type="password" name="password"><button>Se connecter</button></form>`);
    const session = fillPage(document, DATA, { frameUrl: URL, adapters: [], mode: 'auto' }).session;
    expect($('#u').value).toBe('');
    expect(session.report.filled).toEqual([]);
  });

  test('a second call on the same page fills nothing more; undo restores the page', () => {
    page(SUPPORT_FORM);
    const first = fillPage(document, DATA, { frameUrl: URL, adapters: [], mode: 'auto' }).session;
    expect(first.report.filled.length).toBeGreaterThan(5);
    const second = fillPage(document, DATA, { frameUrl: URL, adapters: [], mode: 'auto' }).session;
    expect(second.report.filled).toEqual([]);
    first.undo();
    for (const id of ['#nom', '#mail', '#tel', '#imei', '#objet']) expect($(id).value).toBe('');
  });

  test('chat-only detection asks the adapters', () => {
    page('<p>Chat with us</p>');
    expect(isChatOnly(document, [{ id: 'chat', matchesForm: () => false, isChatOnly: () => true }])).toBe(
      true,
    );
    expect(isChatOnly(document, [])).toBe(false);
  });
});

const CONTACT_FORM = `<h1>Contactez-nous</h1>
  <form id="contact" action="/contact" method="post">
    <label for="nom">Nom</label><input id="nom" name="nom">
    <label for="mail">Adresse e-mail</label><input id="mail" name="mail" type="email">
    <label for="msg">Votre message</label><textarea id="msg" name="message"></textarea>
    <button type="submit">Envoyer</button>
  </form>`;

function plainPage(body: string) {
  document.documentElement.lang = 'fr';
  document.title = 'OPT-NC';
  document.body.innerHTML = body;
}

describe('three outcomes per form, by mode', () => {
  test('P5: in auto mode a replacement form fills by itself', () => {
    page(SUPPORT_FORM);
    const { session, offers } = fillPage(document, DATA, { frameUrl: URL, adapters: [], mode: 'auto' });
    expect(session.report.filled.length).toBeGreaterThan(5);
    expect(offers).toEqual([]);
  });

  test('P6: a general contact form on the carrier domain is only offered, nothing written', () => {
    plainPage(CONTACT_FORM);
    const { session, offers } = fillPage(document, DATA, {
      frameUrl: 'https://www.opt.nc/contact',
      adapters: [],
      mode: 'auto',
    });
    expect(session.report.filled).toEqual([]);
    expect(offers.map((d) => d.root.id)).toEqual(['contact']);
    expect($<HTMLTextAreaElement>('#msg').value).toBe('');
  });

  test('P6: a press fills the offered form, message included', () => {
    plainPage(CONTACT_FORM);
    const { session } = fillPage(document, DATA, {
      frameUrl: 'https://www.opt.nc/contact',
      adapters: [],
      mode: 'auto',
      only: $('#contact'),
    });
    expect($('#mail').value).toBe(DATA.values.email);
    expect($<HTMLTextAreaElement>('#msg').value).toContain('Bonjour,');
    expect(session.report.filled.length).toBeGreaterThan(1);
  });

  test('P8: in offer mode even a replacement form waits for a press', () => {
    page(SUPPORT_FORM);
    const { session, offers } = fillPage(document, DATA, { frameUrl: URL, adapters: [], mode: 'offer' });
    expect(session.report.filled).toEqual([]);
    expect(offers.map((d) => d.root.id)).toEqual(['support']);
    expect($('#imei').value).toBe('');
  });

  test('P7: a login form gets neither a fill nor an offer', () => {
    plainPage(`<form id="login"><label for="u">Adresse e-mail</label><input id="u" name="email" type="email">
      <label for="p">Mot de passe</label><input id="p" type="password" name="password"><button>Se connecter</button></form>`);
    const { session, offers } = fillPage(document, DATA, { frameUrl: URL, adapters: [], mode: 'auto' });
    expect(session.report.filled).toEqual([]);
    expect(offers).toEqual([]);
  });

  test('P12/P13: on request a newsletter form gets its contact box, a login form still nothing', () => {
    plainPage(`<form id="news"><h2>Newsletter</h2><label for="n">Adresse e-mail</label><input id="n" type="email" name="email"><button>S'abonner</button></form>
      <form id="login"><label for="u">Adresse e-mail</label><input id="u" name="email" type="email">
      <label for="p">Mot de passe</label><input id="p" type="password" name="password"><button>Se connecter</button></form>`);
    fillPage(document, DATA, { frameUrl: URL, adapters: [], mode: 'request' });
    expect($('#n').value).toBe(DATA.values.email);
    expect($('#u').value).toBe('');
  });
});

describe('previewSensitive (P14)', () => {
  test('a message that would carry identifiers with no box of their own lists them', () => {
    page(`<h1>Demande de remplacement d'eSIM</h1><form id="f"><label for="m">Adresse e-mail</label><input id="m" type="email" name="mail">
      <label for="msg">Votre message</label><textarea id="msg" name="message"></textarea><button>Envoyer</button></form>`);
    const boxes = previewSensitive(document, DATA, ['imei', 'iccid', 'orderNumber'], { adapters: [] });
    const message = boxes.find((box) => box.label === 'Votre message');
    expect(message?.fields).toEqual(expect.arrayContaining(['imei', 'iccid', 'orderNumber']));
    expect($<HTMLTextAreaElement>('#msg').value).toBe('');
  });

  test('lists the boxes that would take an identifier, and the message that would hold the order number; writes nothing', () => {
    page(SUPPORT_FORM);
    const boxes = previewSensitive(document, DATA, ['imei', 'orderNumber'], { adapters: [] });
    expect(boxes).toEqual(
      expect.arrayContaining([
        { label: 'Numéro IMEI', fields: ['imei'] },
        { label: 'Numéro de commande', fields: ['orderNumber'] },
        { label: 'Votre message', fields: ['orderNumber'] },
      ]),
    );
    expect($('#imei').value).toBe('');
    expect($<HTMLTextAreaElement>('#msg').value).toBe('');
  });
});

describe('a saved profile, through toFillData', () => {
  test('a carrier drop-down that lists only a brand alias ("Mobilis" for OPT-NC) is matched', () => {
    page(`<h1>Demande de remplacement d'eSIM</h1>
      <form id="support" action="/assistance/esim" method="post">
        <label for="op">Votre opérateur</label>
        <select id="op" name="operateur"><option value="">Choisir…</option><option value="orange">Orange</option>
          <option value="mobilis">Mobilis</option><option value="autre">Autre</option></select>
        <label for="mail">Adresse e-mail</label><input id="mail" name="mail" type="email">
        <label for="msg">Votre message</label><textarea id="msg" name="message"></textarea>
        <button type="submit">Envoyer</button>
      </form>`);
    const data = toFillData({ ...emptyProfile(), carrierId: 'opt-nc', email: 'marie@example.nc' });
    const session = fillPage(document, data, { frameUrl: URL, adapters: [], mode: 'auto' }).session;
    expect($<HTMLSelectElement>('#op').value).toBe('mobilis');
    expect(session.report.filled.find((entry) => entry.field === 'carrier')?.shown).toBe('Mobilis');
  });
});
