import { ALL_CODES, type MessageCode } from './codes';

export { ALL_CODES, type MessageCode };

/** English text for every code: what is wrong and where to find the right value. */
export const ERROR_MESSAGES_EN: Record<MessageCode, string> = {
  'imei.chars': 'An IMEI has digits only. Remove letters such as "IMEI:" — dial *#06# to see it.',
  'imei.length':
    'An IMEI has 15 digits. Dial *#06#, or look in Settings → General → About (iPhone) or Settings → About phone (Android).',
  'imei.luhn':
    'The last digit (check digit) does not match the other 14: a digit is probably mistyped. Compare with *#06#.',
  'imei.imeisv':
    'This is an IMEISV (16 digits, ends with the software version). Forms need the 15-digit IMEI shown by *#06#.',
  'eid.chars': 'An EID has digits only. Copy it from Settings → General → About → EID (iPhone).',
  'eid.length':
    'An EID has exactly 32 digits. Find it in Settings → General → About → EID (iPhone) or Settings → About phone → SIM status (Android).',
  'eid.checksum':
    'EID check digits do not match — check the 32 digits in Settings → General → About (iPhone) or About phone (Android).',
  'iccid.chars': 'An ICCID has digits only. It is printed on the SIM card holder or in your order email.',
  'iccid.length':
    'An ICCID has 19 or 20 digits and starts with 89. Check your order email or the eSIM settings.',
  'iccid.prefix': 'An ICCID starts with 89. Check that this is not your IMEI or order number.',
  'lpa.format':
    'Not an activation code. It looks like LPA:1$smdp.example.com$ABCD-1234 (what the QR code holds), or just the activation code itself.',
  'lpa.version':
    'Only activation codes starting with LPA:1$ exist. Copy the code again from the QR code or email.',
  'lpa.host':
    'The SM-DP+ address must be a plain server name such as smdp.example.com — no https://, port or path.',
  'lpa.matchingId':
    'The activation code (matching ID) part may only hold letters, digits and dashes. Copy it again from the order email.',
  'lpa.oid': 'The part after the matching ID must be an OID such as 1.3.6.1.4.1.31746, or left out.',
  'lpa.tooLong': 'An activation code is at most 255 characters. Check that nothing else was pasted with it.',
  'email.format': 'Enter an email address such as name@example.com (one @, no spaces).',
  'email.domain': 'The part after @ should be a domain such as gmail.com or opt.nc.',
  'phone.chars':
    'A phone number has digits only, with an optional leading + (spaces, dots and dashes are fine).',
  'phone.format': 'Enter a phone number such as 75.12.34 (New Caledonia) or +33 6 12 34 56 78.',
  'phone.country': 'Unknown country code after +. New Caledonia is +687, France +33, Australia +61.',
  'phone.tooShort':
    'Too few digits. New Caledonian numbers have 6 digits (XX.XX.XX); others need + and the country code.',
  'phone.tooLong':
    'Too many digits for this country. New Caledonian numbers have 6 digits; for another country start with + and its code, e.g. +33 6 12 34 56 78.',
  'phone.length': 'This number has the wrong length for its country. Check the digits and the country code.',
  'carrier.unknown': 'Choose your carrier from the list, or "Other" and type its name.',
  'reason.unknown': 'Choose a reason from the list.',
  'text.tooLong': 'This text is too long to save. Shorten it.',
  'imei.noCheckDigit':
    'Only 14 digits: the 15th (check) digit was added for you. Compare with *#06# to be sure no other digit is missing.',
  'eid.prefix':
    'Most EIDs start with 89. The digits check out, so newer eSIM chips may differ — compare with your settings.',
  'iccid.luhn':
    'The last digit does not pass the check. Some printouts drop it, so this is kept — compare with your order email.',
  'lpa.confirmationCode':
    'This code also needs a confirmation code from the carrier (sent separately by SMS or email; it is never in the QR code).',
  'phone.notMobile':
    'This does not look like a mobile number (perhaps a landline). Replacement requests usually need the number of the eSIM line.',
};

/** The `_locales` message name for a code: 'eid.checksum' → 'err_eid_checksum'. */
export const messageKeyFor = (code: MessageCode): string => `err_${code.replace(/\./g, '_')}`;
