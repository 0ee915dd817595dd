import { afterEach, describe, expect, test } from 'vitest';
import { PLATFORMS } from '../platforms';
import { detectForms, detectGroups } from './detect';
import { groupControls } from './group';
import { FIRST_FORM_MIN_PAGE, likeliestRequestForm } from './likeliest';

const REQUEST = `<form id="request" action="/support/esim"><h2>Replace your eSIM</h2>
  <label for="r-name">Full name</label><input id="r-name" name="fullname">
  <label for="r-mail">Email</label><input id="r-mail" type="email" name="email">
  <label for="r-eid">EID</label><input id="r-eid" name="eid">
  <label for="r-msg">Message</label><textarea id="r-msg" name="message"></textarea>
  <button>Send request</button></form>`;
const NEWSLETTER = `<form id="news" action="/newsletter"><label>Your e-mail <input type="email" name="news"></label><button>Subscribe</button></form>`;
/** A shop's filters: many checkboxes, nothing a request asks for. */
const filters = (count: number) =>
  `<form id="filters" action="/shop">${Array.from(
    { length: count },
    (_, i) => `<label><input type="checkbox" name="f${i}"> Colour ${i}</label>`,
  ).join('')}</form>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('likeliestRequestForm: the form read first on a large page', () => {
  test('the request form among a newsletter box and a thousand filters', () => {
    document.body.innerHTML = NEWSLETTER + filters(1000) + REQUEST;
    const group = likeliestRequestForm(document);
    expect(group?.root.id).toBe('request');
    expect(group?.controls.map((control) => control.id)).toEqual(['r-name', 'r-mail', 'r-eid', 'r-msg']);
  });

  test('a box named after a SIM identifier outweighs a smaller contact form with the same other cues', () => {
    const contact = `<form id="contact"><input type="email" name="mail"><textarea name="msg"></textarea></form>`;
    document.body.innerHTML = contact + filters(300) + REQUEST;
    expect(likeliestRequestForm(document)?.root.id).toBe('request');
  });

  test('a small page is read whole at once: no first form', () => {
    document.body.innerHTML = REQUEST + filters(FIRST_FORM_MIN_PAGE - 10);
    expect(likeliestRequestForm(document)).toBeNull();
  });

  test('no form with a message, e-mail, phone or SIM box: no first form', () => {
    document.body.innerHTML = filters(400);
    expect(likeliestRequestForm(document)).toBeNull();
  });

  test('a candidate that is most of the page is not worth reading twice', () => {
    document.body.innerHTML = `<form id="whole">${REQUEST.replace(/<\/?form[^>]*>/g, '')}${filters(100).replace(/<\/?form[^>]*>/g, '')}</form>${filters(100)}`;
    expect(likeliestRequestForm(document)).toBeNull();
  });

  test('its controls are the ones the full page read groups under that form', () => {
    document.body.innerHTML = `${filters(300)}${REQUEST.replace('</form>', '</form><input form="request" id="outside" name="x">')}`;
    const group = likeliestRequestForm(document)!;
    const grouped = groupControls(document).find((candidate) => candidate.root === group.root)!;
    expect(group.controls).toEqual(grouped.controls);
  });

  test('read alone, the form is detected exactly as the full page read detects it', () => {
    document.body.innerHTML = NEWSLETTER + filters(300) + REQUEST;
    const group = likeliestRequestForm(document)!;
    const [alone] = detectGroups(document, [group], { adapters: PLATFORMS, telecom: true });
    const inPage = detectForms(document, { adapters: PLATFORMS, telecom: true }).find(
      (detection) => detection.root === group.root,
    )!;
    const fields = (detection: typeof alone) =>
      detection!.controls.map((control) => [control.element.id, control.field, control.score]);
    expect(fields(alone)).toEqual(fields(inPage));
    expect(fields(alone).map(([, field]) => field)).toEqual(['fullName', 'email', 'eid', 'description']);
    expect(alone!.gate).toEqual(inPage.gate);
    expect(alone!.language).toBe(inPage.language);
  });

  test('each form read alone finds the heading the full page read gives it', () => {
    // Headings inside other forms, a heading holding a form, an ARIA heading, forms without headings.
    document.body.innerHTML = `<h1>Account</h1>
      <form id="login"><h2>Sign in to your account</h2><input type="email" name="user"><input type="password" name="pw"></form>
      <div role="heading">Lost or stolen phone: replace your eSIM</div>
      <section><h3><form id="inside-heading"><input name="q"></form></h3></section>
      <form id="quote"><h4>Newsletter</h4><input type="email" name="news"><button>Subscribe</button></form>
      <div><input name="loose-email" type="email"><textarea name="loose-message"></textarea></div>
      ${REQUEST}
      <h2>Contact us</h2><div><div><form id="contact"><input name="name"><input type="email" name="mail"><textarea name="msg"></textarea><button>Send</button></form></div></div>`;
    const options = { adapters: PLATFORMS, telecom: true };
    const whole = detectForms(document, options);
    for (const group of groupControls(document)) {
      const [alone] = detectGroups(document, [group], options);
      expect([group.root.id || group.root.tagName, alone!.gate]).toEqual([
        group.root.id || group.root.tagName,
        whole.find((detection) => detection.root === group.root)!.gate,
      ]);
    }
  });
});
