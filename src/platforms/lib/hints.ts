import type { FieldScore } from '../../detect/types';
import type { FieldKey } from '../../profile/fields';

/**
 * A platform's own field names are the strongest signal there is: they never change with the
 * theme's language or wording ("Ticket name" is HubSpot's subject).
 */
const PLATFORM_SCORE = 1;

export const hint = (field: FieldKey, name: string): FieldScore => ({
  field,
  score: PLATFORM_SCORE,
  evidence: `name "${name}"`,
});

/** Value of a form's `action` as a URL path ('' when absent or unparsable). */
export function actionPath(form: Element): string {
  const action = form.getAttribute('action');
  if (!action) return '';
  try {
    return new URL(action, form.ownerDocument.baseURI).pathname;
  } catch {
    return '';
  }
}
