// Bundled by scripts/bench/scaling.mjs and evaluated in each generated page: detection and the fill
// exactly as the engine runs them in an automatic pass (src/fill/run.ts fillPage: detectForms, then
// fillForms on the forms whose outcome is automatic), timed apart. `first`, in another fresh load of
// the page: the engine's first step on a large page (fillLikeliestFirst: the likeliest request form
// alone; src/fill/controller.ts then reads other forms as the person moves into them), timed to when
// that form is filled.
import { detectForms } from '../../src/detect/detect';
import { fillForms } from '../../src/fill/fill-forms';
import { fillLikeliestFirst } from '../../src/fill/run';
import type { FillData } from '../../src/messaging/protocol';
import { PLATFORMS } from '../../src/platforms';

export interface ScalingRun {
  controls: number;
  forms: number;
  detectMs: number;
  fillMs: number;
  totalMs: number;
  filled: string[];
  /** How many forms each outcome got (automatic / offer / nothing). */
  outcomes: Record<string, number>;
}

/** The engine's first step on a large page (in its own fresh load of the page), timed. */
export function first(data: FillData): { firstFormMs: number; firstFilled: string[] } {
  const start = performance.now();
  const session = fillLikeliestFirst(document, data, {
    adapters: PLATFORMS,
    mode: 'auto',
    telecom: true,
    frameUrl: location.href,
  });
  const firstFormMs = performance.now() - start;
  return { firstFormMs, firstFilled: session?.session.report.filled.map((entry) => entry.field) ?? [] };
}

export function run(data: FillData): ScalingRun {
  const start = performance.now();
  const detections = detectForms(document, { adapters: PLATFORMS, telecom: true });
  const detected = performance.now();
  const session = fillForms(detections, data, {
    adapters: PLATFORMS,
    frameUrl: location.href,
    fill: (detection) => detection.gate.outcome === 'automatic',
  });
  const end = performance.now();
  return {
    controls: document.querySelectorAll('input, select, textarea').length,
    forms: detections.length,
    detectMs: detected - start,
    fillMs: end - detected,
    totalMs: end - start,
    filled: session.report.filled.map((entry) => entry.field),
    outcomes: detections.reduce<Record<string, number>>((counts, detection) => {
      counts[detection.gate.outcome] = (counts[detection.gate.outcome] ?? 0) + 1;
      return counts;
    }, {}),
  };
}
