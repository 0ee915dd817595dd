// Test helpers: hand-built detections for the fill engine's tests (the detector is tested on its own).

import type { PageLanguage } from '../../src/carriers/types';
import type { DetectedControl, FillableElement, FormDetection } from '../../src/detect/types';
import { normalizeText, splitIdentifier } from '../../src/dom/normalize';
import type { FillData } from '../../src/messaging/protocol';
import type { FieldKey } from '../../src/profile/fields';
import { $ } from './dom';

export function control(element: Element, field: FieldKey | null, score = 1): DetectedControl {
  const el = element as FillableElement;
  const labels = Array.from((el as HTMLInputElement).labels ?? [], (l) => l.textContent ?? '').join(' ');
  return {
    element: el,
    field,
    score,
    evidence: 'test',
    signals: {
      autocomplete: el.getAttribute('autocomplete') ?? '',
      type: el.tagName === 'INPUT' ? (el as HTMLInputElement).type : el.tagName.toLowerCase(),
      nameWords: splitIdentifier(el.getAttribute('name')),
      idWords: splitIdentifier(el.id),
      label: normalizeText(labels),
      labelSource: labels ? 'label-for' : '',
      ariaLabel: normalizeText(el.getAttribute('aria-label')),
      placeholder: normalizeText(el.getAttribute('placeholder')),
      title: '',
      hint: '',
      options: [],
    },
  };
}

export function detection(
  root: Element,
  fields: Record<string, FieldKey | null>,
  {
    language = 'en',
    isSupportForm = true,
    platform = null,
  }: { language?: PageLanguage; isSupportForm?: boolean; platform?: string | null } = {},
): FormDetection {
  return {
    root,
    gate: {
      isSupportForm,
      reason: isSupportForm ? 'support keywords' : 'login form (password)',
      score: 1,
      outcome: isSupportForm ? 'automatic' : 'nothing',
    },
    platform,
    language,
    controls: Object.entries(fields).map(([selector, field]) => control($(selector, root), field)),
  };
}

export const DATA: FillData = {
  values: {
    givenName: 'Jean',
    familyName: 'Dupont',
    fullName: 'Jean Dupont',
    email: 'jean.dupont@example.nc',
    phone: '+687751234',
    phoneCountryCode: '+687',
    phoneNational: '751234',
    deviceModel: 'iPhone 15 Pro',
    carrier: 'OPT-NC (Mobilis / Helia)',
    orderNumber: 'NC-2024-0042',
    activationCode: 'LPA:1$smdp.gsma.com$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746',
    imei: '354178036859789',
    eid: '89049032123451234512345678901235',
    iccid: '8968700000000012345',
  },
  reason: 'lost',
  notes: 'Phone stolen in Nouméa.',
  carrierAliases: ['OPT', 'OPT-NC', 'Mobilis', 'Helia'],
};
