import type { PlatformAdapter } from '../detect/adapter';
import type { FillReport } from '../report/types';
import { createFrameRuntime, type FrameRuntime } from './controller';
import { showFormOffer } from './offer';

/** The engine of one frame, with the platform adapters the entrypoint plugs in. */
export const createFillEngine = (
  adapters: readonly PlatformAdapter[],
  sendReport: (report: FillReport) => Promise<void>,
  doc: Document = document,
): FrameRuntime => createFrameRuntime({ doc, adapters, sendReport, showOffer: showFormOffer });
