import { describe, expect, test } from 'vitest';
import { maskSecrets, maskValue } from './mask';

describe('maskValue', () => {
  test('sensitive fields keep only the last 4 characters', () => {
    expect(maskValue('eid', '89049032123451234512345678901235')).toBe('••••1235');
    expect(maskValue('imei', '354178036859789')).toBe('••••9789');
    expect(maskValue('iccid', '8968 7000 0000 0012 345')).toBe('••••2345');
    expect(maskValue('activationCode', 'LPA:1$smdp.gsma.com$04386-AGYFT')).toBe('••••GYFT');
  });
  test('a short secret is hidden entirely', () => {
    expect(maskValue('activationCode', 'ABC123')).toBe('••••');
  });
  test('other fields are shown as written', () => {
    expect(maskValue('email', 'jean@example.nc')).toBe('jean@example.nc');
    expect(maskValue('orderNumber', 'NC-2024-0042')).toBe('NC-2024-0042');
  });
});

describe('maskSecrets', () => {
  test('masks every secret inside a text', () => {
    const text = 'EID: 89049032123451234512345678901235\nIMEI: 354178036859789 (354178036859789)';
    const masked = maskSecrets(text, ['89049032123451234512345678901235', '354178036859789', '']);
    expect(masked).toBe('EID: ••••1235\nIMEI: ••••9789 (••••9789)');
  });
});
