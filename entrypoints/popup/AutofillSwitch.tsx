import { useEffect, useState } from 'preact/hooks';
import type { Carrier } from '../../src/carriers';
import { t } from '../../src/popup/i18n';
import { isAutofillEnabled, setAutofillEnabled } from '../../src/profile/storage';

/** "Fill automatically on <carrier> pages", stored per carrier (on unless turned off). */
export function AutofillSwitch({ carrier }: { carrier: Carrier }) {
  const [enabled, setEnabled] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    setEnabled(null);
    void isAutofillEnabled(carrier.id).then((on) => {
      if (live) setEnabled(on);
    });
    return () => {
      live = false;
    };
  }, [carrier.id]);

  const onChange = (event: Event) => {
    const on = (event.currentTarget as HTMLInputElement).checked;
    setEnabled(on);
    void setAutofillEnabled(carrier.id, on);
  };

  return (
    <div class="switch-row">
      <input
        id="autofill-switch"
        type="checkbox"
        role="switch"
        class="switch"
        checked={enabled ?? false}
        aria-checked={enabled ?? false}
        disabled={enabled === null}
        onChange={onChange}
      />
      <label for="autofill-switch">{t('autofill_switch', carrier.name)}</label>
    </div>
  );
}
