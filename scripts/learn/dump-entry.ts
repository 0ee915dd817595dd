// Bundled by scripts/learn/dump.mjs and evaluated in each corpus page: every control of the top
// document (document order, as the corpora's labels) with the signals and rule scores the detector
// computes, so that training and offline evaluation need no browser.

import { blockReason, scoreControl } from '../../src/detect/classify';
import { detectForms } from '../../src/detect/detect';
import { looksHidden } from '../../src/dom/visibility';
import { PLATFORMS } from '../../src/platforms';

export function dump() {
  const forms = detectForms(document, { adapters: PLATFORMS });
  const byElement = new Map<Element, { form: number; position: number }>();
  forms.forEach((form, f) => {
    form.controls.forEach((c, position) => {
      byElement.set(c.element, { form: f, position });
    });
  });
  const controls = Array.from(document.querySelectorAll('input, select, textarea'));
  return {
    forms: forms.map((f) => ({
      kind: f.gate.kind ?? 'other',
      support: f.gate.isSupportForm,
      esim: !!f.gate.esimContext,
      language: f.language,
      size: f.controls.length,
    })),
    controls: controls.map((el, index) => {
      const at = byElement.get(el);
      if (!at) return { index };
      const c = forms[at.form]!.controls[at.position]!;
      return {
        index,
        form: at.form,
        position: at.position,
        signals: c.signals,
        scores: scoreControl(c.signals),
        blocked: blockReason(c.signals) ?? null,
        hidden: looksHidden(el),
        radio: (el as HTMLInputElement).type === 'radio' ? (el as HTMLInputElement).name || null : undefined,
        field: c.field,
        score: c.score,
        evidence: c.evidence,
      };
    }),
  };
}
