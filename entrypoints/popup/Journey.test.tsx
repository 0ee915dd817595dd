import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getCarrier } from '../../src/carriers';
import { addToCodeHistory, loadCodeHistory, type ProfileStore } from '../../src/journey/code-history';
import { emptyProfile, type Profile } from '../../src/profile/schema';
import { type LocaleName, readLocale, useLocale } from '../../tests/support/fake-i18n';
import { ActivateView } from './ActivateView';
import { ChecklistView } from './ChecklistView';
import { ContactView } from './ContactView';

// The journey views rendered on their own over WXT's fake browser, in each of the popup's languages.

const OLD = 'LPA:1$smdp.example.nc$OLD-CODE-1111';
const NEW = 'LPA:1$SMDP.Example.COM$K2-1ABC2D-3EF4GH';

const PROFILE: Profile = {
  ...emptyProfile(),
  givenName: 'Marie',
  familyName: 'Wamytan',
  email: 'marie.wamytan@example.nc',
  phone: '+687751234',
  carrierId: 'opt-nc',
  deviceModel: 'iPhone 15 Pro',
  orderNumber: 'NC-2024-0815',
  activationCode: OLD,
  eid: '89049032123451234512345678901235',
  reason: 'lost',
};

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));
const text = () => root.textContent ?? '';
const byTestId = (id: string) => root.querySelector(`[data-testid="${id}"]`);
const buttonNamed = (name: string) =>
  [...root.querySelectorAll('button')].find(
    (button) => (button.getAttribute('aria-label') ?? button.textContent) === name,
  );
const type = async (element: HTMLTextAreaElement | HTMLInputElement, value: string) =>
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });

function memoryStore(profile: Profile): ProfileStore & { profile: Profile } {
  const store = {
    profile,
    load: async () => store.profile,
    save: async (candidate: Partial<Profile>) => {
      store.profile = { ...store.profile, ...candidate };
      return { saved: store.profile, rejected: [] };
    },
  };
  return store;
}

describe('ActivateView', () => {
  test('a pasted code shows its SM-DP+ address and code; Keep saves it and lists the old one masked', async () => {
    const store = memoryStore(PROFILE);
    const onKept = vi.fn();
    await act(() => render(<ActivateView profileId="main" store={store} onKept={onKept} />, root));
    await type(root.querySelector('#act-paste')!, NEW);
    expect(byTestId('act-smdp')?.textContent).toBe('smdp.example.com');
    expect(byTestId('act-code')?.textContent).toBe('K2-1ABC2D-3EF4GH');
    expect(text()).toContain('A code works once');

    await act(() => buttonNamed('Keep as my activation code')!.click());
    await settle();
    expect(store.profile.activationCode).toBe('LPA:1$smdp.example.com$K2-1ABC2D-3EF4GH');
    expect(onKept).toHaveBeenCalledWith(store.profile);
    expect(byTestId('act-keep-state')?.textContent).toContain('The previous one is in the list below');
    expect(byTestId('act-history')?.textContent).toContain('••••1111');
    expect(byTestId('act-history')?.textContent).not.toContain('OLD-CODE');
    expect((await loadCodeHistory('main')).map((entry) => entry.code)).toEqual([OLD]);
  });

  test('what is wrong with a pasted code is said, and no result is shown', async () => {
    await act(() => render(<ActivateView profileId="main" store={memoryStore(PROFILE)} />, root));
    await type(root.querySelector('#act-paste')!, 'LPA:1$smdp.example.com');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('The activation code is missing');
    expect(byTestId('act-result')).toBeNull();
    expect(root.querySelector('#act-paste')?.getAttribute('aria-invalid')).toBe('true');
  });

  test('the copy buttons put each value on the clipboard', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await act(() => render(<ActivateView profileId="main" store={memoryStore(PROFILE)} />, root));
    await type(root.querySelector('#act-paste')!, NEW);
    await act(() => buttonNamed('Copy SM-DP+ address')!.click());
    await act(() => buttonNamed('Copy Activation code')!.click());
    expect(writeText.mock.calls).toEqual([['smdp.example.com'], ['K2-1ABC2D-3EF4GH']]);
  });

  test('the history of another profile is not shown', async () => {
    await addToCodeHistory('p-2', OLD, 1);
    await act(() => render(<ActivateView profileId="main" store={memoryStore(PROFILE)} />, root));
    await settle();
    expect(byTestId('act-history')).toBeNull();
  });
});

describe('ContactView', () => {
  /** Write to support shows once the carrier's language pack is loaded (src/popup/language-packs.ts). */
  const written = () => vi.waitFor(() => expect(byTestId('support-mailto')).not.toBeNull());
  const mailto = () => {
    const href = byTestId('support-mailto')?.getAttribute('href') ?? '';
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    return { href, subject: query.get('subject') ?? '', body: query.get('body') ?? '' };
  };

  test('OPT-NC: the request in French, the code only once ticked in', async () => {
    await act(() => render(<ContactView profile={PROFILE} carrier={getCarrier('opt-nc')} />, root));
    await settle();
    await written();
    expect(mailto().subject).toBe("Remplacement d'eSIM – commande NC-2024-0815");
    expect(mailto().body).not.toContain('OLD-CODE');
    const box = root.querySelector<HTMLInputElement>('#include-code')!;
    await act(() => box.click());
    expect(mailto().body).toContain(`Code d'activation : ${OLD}`);
  });

  test("Airtel's address from the brief is unconfirmed: no link, a warning, not the Write address", async () => {
    await act(() =>
      render(
        <ContactView profile={{ ...PROFILE, carrierId: 'airtel' }} carrier={getCarrier('airtel')} />,
        root,
      ),
    );
    await settle();
    await written();
    const channels = byTestId('channels')!;
    expect(channels.textContent).toContain('support@airtel.nc');
    expect(channels.textContent).toContain('Unconfirmed');
    expect(channels.textContent).not.toContain('Confirmed');
    expect(channels.querySelector('a')).toBeNull();
    expect(channels.textContent).toContain('Not known to be an official contact');
    expect(mailto().href.startsWith('mailto:?')).toBe(true);
  });

  test('a channel the person adds is kept for the carrier and marked as theirs', async () => {
    await act(() => render(<ContactView profile={PROFILE} carrier={getCarrier('opt-nc')} />, root));
    await settle();
    await written();
    await type(root.querySelector('#contact-value')!, 'not an address');
    await act(() => buttonNamed('Add')!.click());
    await settle();
    expect(text()).toContain('Enter an e-mail address');
    await type(root.querySelector('#contact-value')!, 'aide@example.nc');
    await act(() => buttonNamed('Add')!.click());
    await settle();
    expect(byTestId('channels')?.textContent).toContain('Added by you');
    expect(mailto().href.startsWith('mailto:aide@example.nc?')).toBe(true);
    await act(() => buttonNamed('Remove aide@example.nc')!.click());
    await settle();
    expect(byTestId('channels')?.textContent).not.toContain('aide@example.nc');
  });
});

describe('ChecklistView', () => {
  test('says what OPT-NC wants that the profile lacks, and opens the details at the first', async () => {
    const onEdit = vi.fn();
    await act(() =>
      render(<ChecklistView profile={PROFILE} carrier={getCarrier('opt-nc')} onEditProfile={onEdit} />, root),
    );
    await settle();
    const missing = [...root.querySelectorAll('[data-testid="check-details"] li.is-missing')];
    expect(missing.map((item) => item.querySelector('.entry-label')?.textContent)).toEqual(['IMEI']);
    await act(() => buttonNamed('Complete my details')!.click());
    expect(onEdit).toHaveBeenCalledWith('imei');
  });
});

describe.each(['fr', 'zh_CN'] as LocaleName[])('in %s', (locale) => {
  test('the views speak the language', async () => {
    useLocale(locale);
    const messages = readLocale(locale);
    await act(() => render(<ActivateView profileId="main" store={memoryStore(PROFILE)} />, root));
    await type(root.querySelector('#act-paste')!, NEW);
    expect(text()).toContain(messages.act_keep!.message);
    expect(text()).toContain(messages.act_ios_step2!.message);
    render(null, root);
    await act(() => render(<ContactView profile={PROFILE} carrier={getCarrier('opt-nc')} />, root));
    expect(text()).toContain(messages.contact_write_title!.message);
    render(null, root);
    await act(() =>
      render(
        <ChecklistView profile={PROFILE} carrier={getCarrier('opt-nc')} onEditProfile={() => {}} />,
        root,
      ),
    );
    expect(text()).toContain(messages.check_android_listed!.message);
  });
});
