import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyProfile, type Profile } from '../profile/schema';
import { parseNewActivation } from './activation';
import {
  addToCodeHistory,
  forgetCodeHistory,
  keepActivationCode,
  loadCodeHistory,
  MAX_HISTORY,
  type ProfileStore,
} from './code-history';

beforeEach(() => fakeBrowser.reset());

const OLD = 'LPA:1$smdp.example.com$OLD-CODE-1234';
const NEW = 'LPA:1$SMDP.EXAMPLE.COM$NEW-CODE-5678';

const activation = (text: string) => {
  const parsed = parseNewActivation(text);
  if (!parsed.ok) throw new Error(`test code must parse: ${parsed.error}`);
  return parsed.value;
};

/** A store holding profiles in memory, as the profile layer would for each id. */
function memoryStore(
  initial: Record<string, Partial<Profile>>,
  options: { reject?: boolean; fail?: boolean } = {},
) {
  const profiles = new Map(Object.entries(initial).map(([id, p]) => [id, { ...emptyProfile(), ...p }]));
  const store: ProfileStore = {
    load: async (id) => profiles.get(id) ?? emptyProfile(),
    save: async (candidate, id) => {
      if (options.fail) throw new Error('storage unavailable');
      if (options.reject) return { saved: profiles.get(id) ?? emptyProfile(), rejected: ['activationCode'] };
      const saved = { ...(profiles.get(id) ?? emptyProfile()), ...candidate };
      profiles.set(id, saved);
      return { saved, rejected: [] };
    },
  };
  return { store, profiles };
}

describe('code history storage', () => {
  test('is kept per profile, newest first, under local:codeHistory version 1', async () => {
    await addToCodeHistory('main', 'LPA:1$a.example.com$A1', 1);
    await addToCodeHistory('main', 'LPA:1$b.example.com$B2', 2);
    await addToCodeHistory('p-2', 'LPA:1$c.example.com$C3', 3);
    expect(await loadCodeHistory('main')).toEqual([
      { code: 'LPA:1$b.example.com$B2', replacedAt: 2 },
      { code: 'LPA:1$a.example.com$A1', replacedAt: 1 },
    ]);
    expect(await loadCodeHistory('p-2')).toHaveLength(1);
    expect(await loadCodeHistory('other')).toEqual([]);
    const stored = await fakeBrowser.storage.local.get(['codeHistory', 'codeHistory$']);
    expect(stored.codeHistory$).toEqual({ v: 1 });
    expect(Object.keys(stored.codeHistory as object)).toEqual(['main', 'p-2']);
  });

  test(`keeps the last ${MAX_HISTORY} codes of a profile`, async () => {
    for (let i = 0; i < MAX_HISTORY + 3; i++) await addToCodeHistory('main', `LPA:1$s.example.com$C${i}`, i);
    const history = await loadCodeHistory('main');
    expect(history).toHaveLength(MAX_HISTORY);
    expect(history[0]!.code).toBe(`LPA:1$s.example.com$C${MAX_HISTORY + 2}`);
  });

  test('damaged entries are dropped, readable ones kept; unreadable data reads as empty', async () => {
    await fakeBrowser.storage.local.set({
      codeHistory: {
        main: [{ code: 'LPA:1$a.example.com$A1', replacedAt: 5 }, { code: '', replacedAt: 1 }, 'junk'],
        broken: 'not a list',
      },
      codeHistory$: { v: 1 },
    });
    expect(await loadCodeHistory('main')).toEqual([{ code: 'LPA:1$a.example.com$A1', replacedAt: 5 }]);
    expect(await loadCodeHistory('broken')).toEqual([]);
    await fakeBrowser.storage.local.set({ codeHistory: 42 });
    expect(await loadCodeHistory('main')).toEqual([]);
  });

  test('one entry or a whole profile can be forgotten', async () => {
    await addToCodeHistory('main', 'LPA:1$a.example.com$A1', 1);
    await addToCodeHistory('main', 'LPA:1$b.example.com$B2', 2);
    await forgetCodeHistory('main', { code: 'LPA:1$a.example.com$A1', replacedAt: 1 });
    expect((await loadCodeHistory('main')).map((entry) => entry.replacedAt)).toEqual([2]);
    await forgetCodeHistory('main');
    expect(await loadCodeHistory('main')).toEqual([]);
  });
});

describe('keepActivationCode', () => {
  test('saves the new code into the profile and moves the old one to its history', async () => {
    const { store, profiles } = memoryStore({ main: { activationCode: OLD, givenName: 'Marie' } });
    const result = await keepActivationCode('main', activation(NEW), store, 1000);
    expect(result).toMatchObject({ kept: true, previous: { code: OLD, replacedAt: 1000 } });
    expect(profiles.get('main')).toMatchObject({
      activationCode: 'LPA:1$smdp.example.com$NEW-CODE-5678',
      givenName: 'Marie',
    });
    expect(await loadCodeHistory('main')).toEqual([{ code: OLD, replacedAt: 1000 }]);
  });

  test('the profile id comes from the caller: another profile is untouched', async () => {
    const { store, profiles } = memoryStore({ main: { activationCode: OLD }, 'p-2': { activationCode: '' } });
    await keepActivationCode('p-2', activation(NEW), store);
    expect(profiles.get('main')!.activationCode).toBe(OLD);
    expect(await loadCodeHistory('main')).toEqual([]);
    // No earlier code: nothing goes to the history.
    expect(await loadCodeHistory('p-2')).toEqual([]);
  });

  test('the same code again (any case of host or prefix) changes nothing', async () => {
    const { store } = memoryStore({ main: { activationCode: 'LPA:1$smdp.example.com$NEW-CODE-5678' } });
    expect(await keepActivationCode('main', activation(`lpa:${NEW.slice(4)}`), store)).toEqual({
      kept: false,
      reason: 'same',
    });
    expect(await loadCodeHistory('main')).toEqual([]);
  });

  test('a refused or failed save leaves the history as it was', async () => {
    const refused = memoryStore({ main: { activationCode: OLD } }, { reject: true });
    expect(await keepActivationCode('main', activation(NEW), refused.store)).toEqual({
      kept: false,
      reason: 'rejected',
    });
    expect(await loadCodeHistory('main')).toEqual([]);

    const failing = memoryStore({ main: { activationCode: OLD } }, { fail: true });
    await expect(keepActivationCode('main', activation(NEW), failing.store)).rejects.toThrow('unavailable');
    expect(await loadCodeHistory('main')).toEqual([]);
  });
});
