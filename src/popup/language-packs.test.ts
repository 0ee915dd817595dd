import { describe, expect, test } from 'vitest';
import { LANGUAGES, packOf } from '../lang';
import { loadPack } from './language-packs';

describe('loadPack', () => {
  test.each(LANGUAGES)('%s: loads that language’s own pack', async (code) => {
    const pack = await loadPack(code);
    expect(pack.code).toBe(code);
    expect(pack).toBe(packOf(code));
    expect(await loadPack(code)).toBe(pack);
  });
});
