import { REASONS, type Reason, SENSITIVE_FIELDS } from '../profile/fields';
import type { ProfileKey } from '../profile/schema';
import type { SkipReason } from '../report/types';
import type { MessageName } from './i18n';

/** A text control of the profile form: its label, hint and what the browser should expect. */
export interface TextFieldSpec {
  key: ProfileKey;
  label: MessageName;
  hint?: MessageName;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  inputMode?: 'text' | 'numeric' | 'email' | 'tel';
  /** Identifiers: no spell-check, no autocorrect, tabular digits. */
  identifier?: boolean;
}

const spec = (s: TextFieldSpec) => s;

export const FIELD_SPECS = {
  givenName: spec({ key: 'givenName', label: 'label_given_name', autocomplete: 'given-name' }),
  familyName: spec({ key: 'familyName', label: 'label_family_name', autocomplete: 'family-name' }),
  email: spec({
    key: 'email',
    label: 'label_email',
    type: 'email',
    autocomplete: 'email',
    inputMode: 'email',
  }),
  phone: spec({ key: 'phone', label: 'label_phone', hint: 'hint_phone', type: 'tel', autocomplete: 'tel' }),
  carrierOtherName: spec({ key: 'carrierOtherName', label: 'label_carrier_other', autocomplete: 'off' }),
  deviceModel: spec({
    key: 'deviceModel',
    label: 'label_device_model',
    hint: 'hint_device_model',
    autocomplete: 'off',
  }),
  orderNumber: spec({
    key: 'orderNumber',
    label: 'label_order_number',
    hint: 'hint_order_number',
    autocomplete: 'off',
    identifier: true,
  }),
  activationCode: spec({
    key: 'activationCode',
    label: 'label_activation_code',
    hint: 'hint_activation_code',
    autocomplete: 'off',
    identifier: true,
  }),
  imei: spec({
    key: 'imei',
    label: 'label_imei',
    hint: 'hint_imei',
    autocomplete: 'off',
    inputMode: 'numeric',
    identifier: true,
  }),
  eid: spec({
    key: 'eid',
    label: 'label_eid',
    hint: 'hint_eid',
    autocomplete: 'off',
    inputMode: 'numeric',
    identifier: true,
  }),
  iccid: spec({
    key: 'iccid',
    label: 'label_iccid',
    hint: 'hint_iccid',
    autocomplete: 'off',
    inputMode: 'numeric',
    identifier: true,
  }),
} satisfies Partial<Record<ProfileKey, TextFieldSpec>>;

/** Label of every profile key, for "not saved: IMEI, EID" and the like. */
export const LABELS: Record<ProfileKey, MessageName> = {
  givenName: 'label_given_name',
  familyName: 'label_family_name',
  email: 'label_email',
  phone: 'label_phone',
  carrierId: 'label_carrier',
  carrierOtherName: 'label_carrier_other',
  deviceModel: 'label_device_model',
  orderNumber: 'label_order_number',
  activationCode: 'label_activation_code',
  imei: 'label_imei',
  eid: 'label_eid',
  iccid: 'label_iccid',
  reason: 'label_reason',
  notes: 'label_notes',
};

export const REASON_MESSAGES: Record<Reason, MessageName> = {
  lost: 'reason_lost',
  damaged: 'reason_damaged',
  newDevice: 'reason_new_device',
  deleted: 'reason_deleted',
  other: 'reason_other',
};

export const REASON_OPTIONS = REASONS.map((value) => ({ value, label: REASON_MESSAGES[value] }));

export const SKIP_MESSAGES: Record<SkipReason, MessageName> = {
  'not-empty': 'skip_not_empty',
  hidden: 'skip_hidden',
  disabled: 'skip_disabled',
  'read-only': 'skip_read_only',
  'never-touch': 'skip_never_touch',
  'no-value': 'skip_no_value',
  'no-matching-option': 'skip_no_matching_option',
  'reverted-by-page': 'skip_reverted_by_page',
  'not-support-form': 'skip_not_support_form',
};

/** Profile keys whose saved value is masked until the person asks to see it. */
export const isSensitiveKey = (key: ProfileKey): boolean =>
  (SENSITIVE_FIELDS as ReadonlySet<string>).has(key);
