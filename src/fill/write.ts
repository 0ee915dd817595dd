import type { FillableElement } from '../detect/types';
import type { Wanted } from '../dom/options';
import { chooseCheckable, chooseOption, kindOf, type WriteResult, writeValue } from '../dom/write';
import type { FieldKey } from '../profile/fields';

/**
 * What a choice must match for `field`: reasons by their vocabulary ('lost'), dial codes by code or
 * country ('+687'), the carrier by name and brand aliases, anything else by its value.
 */
export function wantedFor(field: FieldKey, values: string | readonly string[]): Wanted {
  const match =
    field === 'reason'
      ? 'reason'
      : field === 'phoneCountryCode'
        ? 'dial-code'
        : field === 'carrier'
          ? 'name'
          : 'text';
  return { match, values: typeof values === 'string' ? [values] : values };
}

/** Writes a field the way its control takes it: text typed, option chosen, radio clicked. */
export function writeField(el: FillableElement, value: string, wanted: Wanted): WriteResult {
  switch (kindOf(el)) {
    case 'select':
      return chooseOption(el as HTMLSelectElement, wanted);
    case 'radio':
    case 'checkbox':
      return chooseCheckable(el as HTMLInputElement, wanted);
    default:
      return writeValue(el, value);
  }
}
