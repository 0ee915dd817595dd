import type { FillData } from '../../src/messaging/protocol';

export const SAMPLE_DATA: FillData;
export function scalingPage(controls: number, options?: { deviceModels?: number }): string;
