// The automatic-fill switch per carrier (`local:autofill`); a carrier not listed is on.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { isRecord } from './collection';

/** carrierId → automatic fill on/off; a carrier not listed is on. */
const autofillItem = storage.defineItem<Record<string, boolean>>('local:autofill', {
  fallback: {},
  version: 1,
  migrations: {},
});

const autofillSchema = z.record(z.string(), z.boolean());

async function readAutofill(): Promise<Record<string, boolean>> {
  const value = await autofillItem.getValue();
  const parsed = autofillSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  // Keep the switches that are still readable; anything else means "on", the default.
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, enabled]) => typeof enabled === 'boolean'),
  ) as Record<string, boolean>;
}

export async function isAutofillEnabled(carrierId: string): Promise<boolean> {
  return (await readAutofill())[carrierId] ?? true;
}

export async function setAutofillEnabled(carrierId: string, enabled: boolean): Promise<void> {
  const switches = await readAutofill();
  switches[carrierId] = enabled;
  await autofillItem.setValue(switches);
}

/** Every readable switch, carrierId → on/off (a backup keeps them). */
export const loadAutofillSwitches = (): Promise<Record<string, boolean>> => readAutofill();

/** Replaces every switch (a backup being restored); an empty set removes the item. */
export async function replaceAutofillSwitches(switches: Record<string, boolean>): Promise<void> {
  const parsed = autofillSchema.safeParse(switches);
  const clean = parsed.success ? parsed.data : {};
  if (Object.keys(clean).length) await autofillItem.setValue(clean);
  else await autofillItem.removeValue();
}
