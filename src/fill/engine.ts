import type { PlatformAdapter } from '../detect/adapter';
import type { FillReport } from '../report/types';
import { createFrameRuntime, type FrameRuntime } from './controller';
import { showFormOffer } from './offer';
import type { SentForm } from './sent';

/** The engine of one frame, with the platform adapters the entrypoint plugs in. */
export const createFillEngine = (
  adapters: readonly PlatformAdapter[],
  sendReport: (report: FillReport) => Promise<void>,
  sendSent?: (sent: SentForm) => Promise<void>,
  doc: Document = document,
): FrameRuntime => createFrameRuntime({ doc, adapters, sendReport, sendSent, showOffer: showFormOffer });
