import { describe, expect, test } from 'vitest';
import { loadFixture, loadHtml } from '../../tests/support/platform-fixture';
import intercom from './intercom';
import whatsapp from './whatsapp';

describe('chat-only support pages', () => {
  test('a contact page whose only channel is Intercom', () => {
    loadFixture('intercom-en.html', 'https://www.getnomad.app/contact');
    expect(intercom.isChatOnly?.(document)).toBe(true);
    expect(whatsapp.isChatOnly?.(document)).toBe(false);
    expect(intercom.matchesForm(document.querySelector('form')!, document)).toBe(false);
  });

  test('Intercom beside a real request form, or on a page that is not about contact, is not chat-only', () => {
    loadHtml(
      `<title>Contact</title><div class="intercom-lightweight-app"></div>
       <form action="/contact" method="post"><input name="email"><textarea name="message"></textarea></form>`,
      'https://www.getnomad.app/contact',
    );
    expect(intercom.isChatOnly?.(document)).toBe(false);
    loadHtml(
      '<title>Plans and prices</title><h1>Plans</h1><div id="intercom-container"></div>',
      'https://www.getnomad.app/plans',
    );
    expect(intercom.isChatOnly?.(document)).toBe(false);
  });

  test('a contact page with WhatsApp / Messenger buttons and no form', () => {
    loadFixture('whatsapp-fr.html', 'https://www.simcardo.com/fr/contact');
    expect(whatsapp.isChatOnly?.(document)).toBe(true);
    expect(intercom.isChatOnly?.(document)).toBe(false);
  });

  test('WhatsApp only in the footer is not a chat-only page', () => {
    loadHtml(
      `<title>Nous contacter</title><h1>Nous contacter</h1><p>Appelez le 1000.</p>
       <footer><a href="https://wa.me/687123456">WhatsApp</a></footer>`,
      'https://www.simcardo.com/fr/contact',
    );
    expect(whatsapp.isChatOnly?.(document)).toBe(false);
  });
});
