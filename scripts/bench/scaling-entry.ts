// Bundled by scripts/bench/scaling.mjs and evaluated in each generated page: detection and the fill
// exactly as the engine runs them in an automatic pass (src/fill/run.ts fillPage: detectForms, then
// fillForms on the forms whose outcome is automatic), timed apart.
import { detectForms } from '../../src/detect/detect';
import { fillForms } from '../../src/fill/fill-forms';
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
