import { describe, expect, test } from 'vitest';
import { fieldForLabel } from '../../tests/support/detect';

describe('scoreControl', () => {
  test('a drop-down whose every option is a "+code" is the country code, even with two options', () => {
    const select =
      '<select id="x" name="cc"><option>+86 中国</option><option>+852 中国香港</option></select>';
    expect(fieldForLabel('', select)).toBe('phoneCountryCode');
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
