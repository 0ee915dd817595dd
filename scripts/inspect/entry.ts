// Bundled by scripts/inspect/bundle.mjs and evaluated in each page: the content script's detection
// code with every registered platform adapter plugged in (as entrypoints/fill-engine.ts does),
// reporting every input/select/textarea of the top document in document order.
import { carrierForUrl } from '../../src/carriers/match';
import { detectForms } from '../../src/detect/detect';
import { PLATFORMS } from '../../src/platforms';

export interface InspectedControl {
  index: number;
  tag: string;
  type: string;
  name: string;
  id: string;
  /** Position in `forms` of the form the control was read in, or null when no form holds it. */
  form: number | null;
  field: string | null;
  score: number;
  evidence: string;
}

export interface InspectedForm {
  root: string;
  /** Position of the root among document.forms, or -1 for a form-like container without <form>. */
  formIndex: number;
  kind: string;
  support: boolean;
  esimContext: boolean;
  reason: string;
  /** automatic | offer | nothing (docs/fill-policy.md P5–P7), and why. */
  outcome: string;
  outcomeEvidence: string;
  platform: string | null;
  language: string;
}

const describe = (el: Element) =>
  `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}`;

export function inspect(): { fields: InspectedControl[]; forms: InspectedForm[] } {
  // As on the content script: a page of a registry carrier is a telecom page.
  const telecom = /^https?:$/.test(location.protocol) && carrierForUrl(location.href) !== undefined;
  const forms = detectForms(document, { adapters: PLATFORMS, telecom });
  const found = new Map<Element, { field: string | null; score: number; evidence: string; form: number }>();
  forms.forEach((form, position) => {
    for (const control of form.controls) found.set(control.element, { ...control, form: position });
  });
  const controls = Array.from(document.querySelectorAll<HTMLInputElement>('input, select, textarea'));
  return {
    fields: controls.map((el, index) => {
      const hit = found.get(el);
      return {
        index,
        tag: el.tagName.toLowerCase(),
        type: el.type ?? '',
        name: el.getAttribute('name') ?? '',
        id: el.id ?? '',
        form: hit?.form ?? null,
        field: hit?.field ?? null,
        score: hit?.score ?? 0,
        evidence: hit?.evidence ?? 'not detected',
      };
    }),
    forms: forms.map((f) => ({
      root: describe(f.root),
      formIndex: Array.from(document.forms).indexOf(f.root as HTMLFormElement),
      kind: f.gate.kind ?? (f.gate.isSupportForm ? 'support' : 'other'),
      support: f.gate.isSupportForm,
      esimContext: !!f.gate.esimContext,
      reason: f.gate.reason,
      outcome: f.gate.outcome,
      outcomeEvidence: f.gate.outcomeEvidence ?? '',
      platform: f.platform,
      language: f.language,
    })),
  };
}
