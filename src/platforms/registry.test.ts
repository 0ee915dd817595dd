import { expect, test } from 'vitest';
import { loadFixture } from '../../tests/support/platform-fixture';
import { PLATFORMS } from './index';

test('every adapter file registers itself', () => {
  expect(PLATFORMS.map((adapter) => adapter.id).sort()).toEqual([
    'freshdesk',
    'hubspot',
    'intercom',
    'salesforce',
    'whatsapp',
    'zendesk',
  ]);
});

// Each fixture's request form is claimed by its own platform and by no other one; the page's other
// forms (search, newsletter, Web-to-Lead) are claimed by none, or by their own platform only.
const CASES: Array<[file: string, url: string, form: string, platform: string]> = [
  ['zendesk-en.html', 'https://support.breezesim.com/hc/en-us/requests/new', '#new_request', 'zendesk'],
  [
    'zendesk-fr.html',
    'https://support.breezesim.com/hc/fr/requests/new',
    'form[data-new-request]',
    'zendesk',
  ],
  ['zendesk-zh.html', 'https://help.esim-go.com/hc/zh-cn/requests/new', 'form[data-new-request]', 'zendesk'],
  ['salesforce-en.html', 'https://www.esim-link.com/support/replacement', '#case-form', 'salesforce'],
  [
    'salesforce-fr.html',
    'https://www.opt.nc/particuliers/mobile/esim/remplacement',
    'form[name=formulaire_esim]',
    'salesforce',
  ],
  ['freshdesk-en.html', 'https://help.ubigi.com/support/tickets/new', '#new_helpdesk_ticket', 'freshdesk'],
  ['freshdesk-fr.html', 'https://help.ubigi.com/fr/support/tickets/new', '#new_helpdesk_ticket', 'freshdesk'],
  [
    'freshdesk-widget-en.html',
    'https://help.ubigi.com/widgets/feedback_widget/new',
    '#fd-feedback-form',
    'freshdesk',
  ],
  ['hubspot-en.html', 'https://www.holafly.com/contact/', 'form.hs-form', 'hubspot'],
  ['hubspot-fr.html', 'https://www.holafly.com/fr/contact/', 'form.hs-form', 'hubspot'],
];

test.each(CASES)(
  '%s: the request form is claimed by exactly its platform',
  (file, url, selector, platform) => {
    loadFixture(file, url);
    const request = document.querySelector(selector)!;
    expect(PLATFORMS.filter((adapter) => adapter.matchesForm(request, document)).map((a) => a.id)).toEqual([
      platform,
    ]);
    for (const other of Array.from(document.forms).filter((f) => f !== request)) {
      const claimed = PLATFORMS.find((adapter) => adapter.matchesForm(other, document));
      expect([undefined, 'hubspot', 'salesforce']).toContain(claimed?.id);
      expect(claimed?.isSupportForm?.(other) ?? false).toBe(false);
    }
  },
);
