import { describe, expect, test } from 'vitest';
import { fullNameOf } from './name';

describe('fullNameOf', () => {
  test('Chinese names family first with no space', () => {
    expect(fullNameOf({ givenName: '伟', familyName: '张' })).toBe('张伟');
    expect(fullNameOf({ givenName: '小明', familyName: '王' })).toBe('王小明');
  });
  test('other names "Given Family"; one part alone, or the saved full name', () => {
    expect(fullNameOf({ givenName: 'Jean', familyName: 'Dupont' })).toBe('Jean Dupont');
    expect(fullNameOf({ givenName: '', familyName: 'Dupont' })).toBe('Dupont');
    expect(fullNameOf({ fullName: 'Jean Dupont' })).toBe('Jean Dupont');
  });
});
