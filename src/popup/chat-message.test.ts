import { describe, expect, test } from 'vitest';
import { packOf } from '../lang';
import { emptyProfile, type Profile } from '../profile/schema';
import { chatMessageFor } from './chat-message';

const EID = '89049032123451234512345678901235';
const LPA = 'LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815';
const profile: Profile = {
  ...emptyProfile(),
  givenName: 'Marie',
  familyName: 'Wamytan',
  email: 'marie@example.nc',
  orderNumber: 'NC-2024-0815',
  eid: EID,
  imei: '490154203237518',
  activationCode: LPA,
  reason: 'lost',
};

describe('chatMessageFor', () => {
  test('carries the identifiers in full for copying, in the popup language', () => {
    const fr = chatMessageFor(profile, packOf('fr'), { mask: false });
    expect(fr).toContain('Bonjour');
    expect(fr).toContain(EID);
    expect(fr).toContain('NC-2024-0815');
    expect(fr).toContain('Marie Wamytan');
    expect(chatMessageFor(profile, packOf('zh'), { mask: false })).toContain('您好');
  });

  test('masks the identifiers for display', () => {
    const shown = chatMessageFor(profile, packOf('en'), { mask: true });
    expect(shown).not.toContain(EID);
    expect(shown).not.toContain('490154203237518');
    expect(shown).toContain('••••1235');
    expect(shown).toContain('NC-2024-0815');
  });

  test('never includes the activation code, masked or not', () => {
    for (const mask of [true, false]) {
      const text = chatMessageFor(profile, packOf('en'), { mask });
      expect(text).not.toContain('AGYFT');
      expect(text).not.toContain('••••F815');
    }
  });

  test('leaves out an invalid identifier instead of passing it on', () => {
    const text = chatMessageFor({ ...profile, eid: `${EID.slice(0, -1)}6` }, packOf('en'), { mask: false });
    expect(text).not.toContain('EID');
  });
});
