import type { ComponentChildren } from 'preact';
import { CARRIERS } from '../../src/carriers';
import { FIELD_SPECS, REASON_OPTIONS, type TextFieldSpec } from '../../src/popup/form-fields';
import { t } from '../../src/popup/i18n';
import { fieldNeeds, needsNote, needText } from '../../src/popup/profiles';
import type { ProfileKey } from '../../src/profile/schema';
import { TextField } from './TextField';
import type { ProfileEditor } from './useProfileEditor';

interface Props {
  editor: ProfileEditor;
  /** The per-carrier automatic-fill switch, when it belongs under the carrier choice. */
  carrierExtra?: ComponentChildren;
}

export const FORM_ID = 'profile-form';

/** The profile in three sections: who you are, which eSIM, why it needs replacing. */
export function ProfileForm({ editor, carrierExtra }: Props) {
  const { form } = editor;
  // What the chosen carrier needs (its own list, or the usual one), said beside each box.
  const needs = fieldNeeds(form.carrierId);
  const field = (spec: TextFieldSpec) => (
    <TextField
      key={spec.key}
      spec={spec}
      need={spec.key === 'carrierOtherName' ? undefined : needText(needs, spec.key)}
      value={form[spec.key]}
      status={editor.statuses[spec.key]}
      masked={editor.isMasked(spec.key)}
      revealable={editor.canReveal(spec.key)}
      revealed={editor.isRevealed(spec.key)}
      onChange={(value) => editor.update(spec.key, value)}
      onToggleReveal={() => editor.toggleReveal(spec.key)}
      onLeave={editor.validateNow}
    />
  );
  const onSelect = (key: ProfileKey) => (event: Event) => {
    editor.update(key, (event.currentTarget as HTMLSelectElement).value);
    editor.validateNow();
  };

  return (
    <form
      id={FORM_ID}
      class="profile"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void editor.save();
      }}
    >
      <p class="hint needs-note" id="field-needs-note">
        {needsNote(needs)}
      </p>
      <fieldset class="card" disabled={!editor.ready}>
        <legend>{t('section_you')}</legend>
        <div class="row">
          {field(FIELD_SPECS.givenName)}
          {field(FIELD_SPECS.familyName)}
        </div>
        {field(FIELD_SPECS.email)}
        {field(FIELD_SPECS.phone)}
      </fieldset>

      <fieldset class="card" disabled={!editor.ready}>
        <legend>{t('section_esim')}</legend>
        <div class="field">
          <label for="field-carrierId">{t('label_carrier')}</label>
          <select
            id="field-carrierId"
            name="carrierId"
            value={form.carrierId}
            onChange={onSelect('carrierId')}
          >
            <option value="">{t('carrier_choose')}</option>
            {CARRIERS.map((carrier) => (
              <option key={carrier.id} value={carrier.id}>
                {carrier.name}
              </option>
            ))}
            <option value="other">{t('carrier_other')}</option>
          </select>
        </div>
        {form.carrierId === 'other' ? field(FIELD_SPECS.carrierOtherName) : null}
        {carrierExtra}
        {field(FIELD_SPECS.deviceModel)}
        {field(FIELD_SPECS.orderNumber)}
        {field(FIELD_SPECS.activationCode)}
        {field(FIELD_SPECS.imei)}
        {field(FIELD_SPECS.eid)}
        {field(FIELD_SPECS.iccid)}
      </fieldset>

      <fieldset class="card" disabled={!editor.ready}>
        <legend>{t('section_why')}</legend>
        <div class="field">
          <div class="label-row">
            <label for="field-reason">{t('label_reason')}</label>
            <span id="field-reason-need" class="optional">
              {needText(needs, 'reason')}
            </span>
          </div>
          <select
            id="field-reason"
            name="reason"
            value={form.reason}
            aria-describedby="field-reason-need"
            onChange={onSelect('reason')}
          >
            <option value="">{t('reason_choose')}</option>
            {REASON_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.label)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <div class="label-row">
            <label for="field-notes">{t('label_notes')}</label>
            <span class="optional">{t('optional')}</span>
          </div>
          <textarea
            id="field-notes"
            name="notes"
            rows={3}
            value={form.notes}
            aria-describedby="field-notes-hint"
            onInput={(event) => editor.update('notes', (event.currentTarget as HTMLTextAreaElement).value)}
          />
          <p id="field-notes-hint" class="hint">
            {t('hint_notes')}
          </p>
        </div>
      </fieldset>
    </form>
  );
}
