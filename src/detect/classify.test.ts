import { describe, expect, test } from 'vitest';
import { detectHtml, fieldForLabel, fieldsByName, makeSignals } from '../../tests/support/detect';
import { normalizeText } from '../dom/normalize';
import { scoreControl } from './classify';

describe('scoreControl', () => {
  test('a sentence that asks for the e-mail to reset a password describes an e-mail box; "Password" alone rules a box out', () => {
    expect(fieldForLabel('Please enter your username or email address to reset your password')).toBe('email');
    expect(fieldForLabel("Enter your email below, we'll send you a link to reset your password")).toBe(
      'email',
    );
    expect(fieldForLabel('Email password', '<input id="x" name="email">')).toBeNull();
    expect(fieldForLabel('Your e-mail password')).toBeNull();
  });

  test("a title box is the request's subject, not a person's role or a review's summary", () => {
    expect(fieldForLabel('Request title')).toBe('subject');
    expect(fieldForLabel('Title', '<input id="x" name="role_title">')).toBeNull();
    expect(fieldForLabel('Position title')).toBeNull();
    expect(fieldForLabel('', '<input id="x" name="your_vote_summary">')).toBeNull();
  });

  test('honeypot wording rules a box out, an optional field\'s "leave blank if…" does not', () => {
    expect(fieldForLabel('Leave text box empty', '<input id="x" name="email">')).toBeNull();
    expect(fieldForLabel('Leave the field blank', '<input id="x" name="first_name">')).toBeNull();
    expect(fieldForLabel("Your name (leave blank if you don't want it shown)")).toBe('fullName');
    // Honeypots: "…blank if you are human", and a type=email box whose sentence never says e-mail.
    expect(
      fieldForLabel('Leave this field blank if you are human', '<input id="x" name="email">'),
    ).toBeNull();
    const emailTrap = '<input id="x" type="email" name="contact_me">';
    expect(fieldForLabel('If you are a human, please leave this field blank', emailTrap)).toBeNull();
  });

  test('the name of the recipient or of the consignee is a whole name', () => {
    expect(fieldForLabel('Name of the recipient *')).toBe('fullName');
    expect(fieldForLabel('Please enter the name of the consignee')).toBe('fullName');
  });

  test('a drop-down whose every option is a "+code" is the country code, even with two options', () => {
    const select =
      '<select id="x" name="cc"><option>+86 中国</option><option>+852 中国香港</option></select>';
    expect(fieldForLabel('', select)).toBe('phoneCountryCode');
  });

  test('a "Country code" list of dial codes beside the number is the country code, whatever the model thinks', () => {
    const options = ['+30 Griechenland', '+31 Niederlande', '+43 Österreich', '+49 Deutschland', '+90 Türkei']
      .map((o) => `<option value="${o.split(' ')[0]}">${o}</option>`)
      .join('');
    const forms = detectHtml(`<form>
      <label for="fn">Vorname</label><input id="fn" name="firstName" autocomplete="given-name">
      <label for="ln">Nachname</label><input id="ln" name="lastName" autocomplete="family-name">
      <label for="cc">Country code</label><select id="cc">${options}</select>
      <label for="tel">Telefonnummer</label><input id="tel" name="phoneNumber" autocomplete="tel">
      <button>Weiter</button></form>`);
    const field = (id: string) => forms[0]!.controls.find((c) => c.element.id === id)?.field;
    expect(field('cc')).toBe('phoneCountryCode');
    expect(field('tel')).toBe('phoneNational');
  });

  test('at the same score the page\'s autocomplete token decides: a "Telephone" box that is tel-country-code', () => {
    const forms = detectHtml(`<form>
      <input id="cc" type="tel" placeholder="Telephone *" aria-label="Telephone" autocomplete="tel-country-code">
      <input id="tel" type="tel" placeholder="Telephone *" aria-label="Telephone" autocomplete="tel-national">
      <button>Continue</button></form>`);
    const field = (id: string) => forms[0]!.controls.find((c) => c.element.id === id)?.field;
    expect(field('cc')).toBe('phoneCountryCode');
    expect(field('tel')).toBe('phoneNational');
    const tied = scoreControl(
      makeSignals({
        type: 'tel',
        autocomplete: 'tel-country-code',
        ariaLabel: 'telephone',
        placeholder: 'telephone',
        title: 'telephone',
      }),
    );
    expect(tied[0]!.field).toBe('phoneCountryCode');
    expect(tied[1]).toMatchObject({ field: 'phone', score: tied[0]!.score });
  });

  test('"Phone prefix", "Telephone code" name the dial code; "Phone number (with country code)" the whole number', () => {
    expect(fieldForLabel('Phone number prefix')).toBe('phoneCountryCode');
    expect(fieldForLabel('Telephone code')).toBe('phoneCountryCode');
    expect(fieldForLabel('Mobile prefix')).toBe('phoneCountryCode');
    expect(fieldForLabel('Phone number (with country code)')).toBe('phone');
  });

  test('only dial codes settle a list: not time zones, surcharges or ranges', () => {
    const listed = (...options: string[]) =>
      scoreControl(makeSignals({ type: 'select', options: options.map(normalizeText) })).find(
        (s) => s.field === 'phoneCountryCode',
      )?.listed === true;
    expect(listed('+687 Nouvelle-Calédonie', 'France (+33)', 'US +1')).toBe(true);
    expect(listed('(GMT +5:30) Mumbai', '(GMT +8:00) Beijing', '(GMT +10:00) Nouméa')).toBe(false);
    expect(listed('G/VS2 +3 500,00 zł', 'E/VVS2 +1 500,00 zł', 'F/VS1 +2 000,00 zł')).toBe(false);
    expect(listed('+/- 1 Year', '+/- 2 Years', '+/- 5 Years')).toBe(false);
  });

  test('a name nested in a card path is the card holder name; one in the card billing address is the person name', () => {
    const fields = fieldsByName(
      detectHtml(`<form><h3>Credit card</h3>
        <label>First Name <input name="payment:cardContainer:card:firstName"></label>
        <label>Last Name <input name="payment:cardContainer:card:lastName"></label>
        <label>Card number <input name="payment:cardContainer:card:cardNumber"></label>
        <h3>Billing address</h3>
        <label>First Name <input name="creditCardBillingAddress.firstName"></label>
        <label>Last Name <input name="creditCardBillingAddress.lastName"></label>
        <button>Pay</button></form>`),
    );
    expect(fields['payment:cardContainer:card:firstName']).toBeNull();
    expect(fields['payment:cardContainer:card:lastName']).toBeNull();
    const holder = fieldsByName(
      detectHtml(`<form><label>First name <input name="cardHolderFirstName"></label>
        <label>Last name <input name="cardHolderLastName"></label><button>Pay</button></form>`),
    );
    expect(holder).toEqual({ cardHolderFirstName: null, cardHolderLastName: null });
    expect(fields['creditCardBillingAddress.firstName']).toBe('givenName');
    expect(fields['creditCardBillingAddress.lastName']).toBe('familyName');
  });

  test('text merely before a box that names itself does not unsay it; a label before it that names the field does', () => {
    const email = (before: string) =>
      fieldsByName(
        detectHtml(
          `<form><p>${before}</p><input type="text" name="box" placeholder="Enter your email address"><button>Follow</button></form>`,
        ),
      ).box;
    expect(email('Join 5,977 other followers')).toBe('email');
    expect(email('Other email')).toBeNull();
  });

  test('a box nested in a search name (search[text]) is part of a search', () => {
    const scores = scoreControl(makeSignals({ nameWords: ['text'], pathWords: ['search'] }));
    expect(scores).toEqual([]);
  });

  test('notes for the courier are no request description; a delivery problem is', () => {
    const box = '<textarea id="x" name="x"></textarea>';
    expect(fieldForLabel('Comments for the courier', box)).toBeNull();
    expect(fieldForLabel('Delivery notes', box)).toBeNull();
    expect(fieldForLabel('Additional information for delivery', box)).toBeNull();
    expect(fieldForLabel('Describe the delivery problem', box)).toBe('description');
  });

  test('two plain numbers are not country codes', () => {
    expect(
      fieldForLabel('', '<select id="x" name="qty"><option>1</option><option>2</option></select>'),
    ).toBeNull();
  });

  test('a one-line box its label names as something else is no message because its name says "text"', () => {
    const input = '<input id="x" name="job_application[answers_attributes][0][text_value]">';
    expect(fieldForLabel('LinkedIn Profile', input)).toBeNull();
    // The name alone still speaks when nothing a person reads says otherwise.
    expect(fieldForLabel('', '<input id="x" name="ticket_text">')).toBe('description');
  });

  test('a label with an aside still says its word: "名（拼音）" is the given name', () => {
    expect(fieldForLabel('名（拼音）')).toBe('givenName');
    expect(fieldForLabel('First (as on your ID)')).toBe('givenName');
  });

  test('a word said only in an aside is a hint: "Numéro ICCID (sur votre QR code)" is the ICCID', () => {
    expect(fieldForLabel('Numéro ICCID (sur votre QR code)')).toBe('iccid');
    expect(fieldForLabel('Code QR / code d’activation')).toBe('activationCode');
  });

  test('a drop-down is never the phone number, even when its label says phone', () => {
    const select =
      '<select id="x" name="contact"><option>电子邮件</option><option>微信</option><option>电话</option></select>';
    expect(fieldForLabel('首选联系电话方式', select)).not.toBe('phone');
  });
});
