import type { PlatformAdapter } from '../detect/adapter';
import type { FillReport } from '../report/types';
import { createFrameRuntime, type FrameRuntime } from './controller';
import { type LoadPrompt, offersOnDemand } from './offer';
import type { SentForm } from './sent';

/** What the entrypoint plugs into one frame's engine. */
export interface EngineDeps {
  adapters: readonly PlatformAdapter[];
  sendReport(report: FillReport): Promise<void>;
  sendSent?(sent: SentForm): Promise<void>;
  /** Brings the in-page prompt's file into the frame, the first time an offer or notice shows. */
  loadPrompt: LoadPrompt;
  doc?: Document;
}

/** The engine of one frame, with the platform adapters the entrypoint plugs in. */
export const createFillEngine = ({
  adapters,
  sendReport,
  sendSent,
  loadPrompt,
  doc = document,
}: EngineDeps): FrameRuntime =>
  createFrameRuntime({ doc, adapters, sendReport, sendSent, showOffer: offersOnDemand(loadPrompt) });
