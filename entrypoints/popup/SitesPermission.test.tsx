import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AddedSite } from '../../src/carriers/sites';
import { useLocale } from '../../tests/support/fake-i18n';
import { SitesView } from './SitesView';

// A site restored from a backup is listed before the browser grants its origin: the Sites list says
// so and asks for it from the person's click. The browser is played by stubs over WXT's fake browser.

const SITE: AddedSite = {
  origin: 'https://help.wanderbyte-esim.com',
  carrierId: 'other',
  carrierName: 'Wanderbyte',
  autoFill: false,
  addedAt: 1_700_000_000_000,
};
const PATTERN = 'https://help.wanderbyte-esim.com/*';

let root: HTMLElement;
let granted: Set<string>;
let sent: unknown[];
const request = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
  granted = new Set();
  sent = [];
  request.mockReset();
  request.mockImplementation(async ({ origins }: { origins: string[] }) => {
    for (const origin of origins) granted.add(origin);
    return true;
  });
  Object.assign(fakeBrowser, {
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
      request,
      remove: async () => true,
    },
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message);
    return Promise.resolve({ ok: true });
  });
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

const grantButton = () => root.querySelector<HTMLButtonElement>('.site-permission button');
const rowText = () => root.querySelector('.added-sites li')?.textContent ?? '';

async function show(sites: AddedSite[]): Promise<void> {
  await act(() => render(<SitesView carrier={undefined} sites={sites} />, root));
  await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('an added site without its permission', () => {
  test('is shown as needing permission, and Grant asks the browser for that one origin', async () => {
    await show([SITE]);
    await vi.waitFor(() => expect(rowText()).toContain('Needs permission'));
    const grant = grantButton()!;
    expect(grant.textContent).toBe('Grant');
    expect(grant.getAttribute('aria-label')).toBe('Grant ReSIM access to help.wanderbyte-esim.com');

    await act(() => grant.click());
    expect(request).toHaveBeenCalledWith({ origins: [PATTERN] });
    await vi.waitFor(() => expect(grantButton()).toBeNull());
    expect(rowText()).not.toContain('Needs permission');
    // The background registers the site's script now that the origin is granted.
    expect(sent).toEqual([{ type: 'sites:changed' }]);
  });

  test('a refusal is said, and the site keeps asking', async () => {
    request.mockResolvedValue(false);
    await show([SITE]);
    await vi.waitFor(() => expect(grantButton()).not.toBeNull());
    await act(() => grantButton()!.click());
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe(
        'The browser did not give ReSIM access to help.wanderbyte-esim.com.',
      ),
    );
    expect(grantButton()).not.toBeNull();
    expect(sent).toEqual([]);
  });

  test('a granted site shows no such line', async () => {
    granted.add(PATTERN);
    await show([SITE]);
    expect(rowText()).toContain('help.wanderbyte-esim.com');
    expect(rowText()).not.toContain('Needs permission');
    expect(grantButton()).toBeNull();
  });
});
