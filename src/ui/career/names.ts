/**
 * Names and training details the Career paths page shows for ids, from our own keyword data.
 * Links pass through safeHttpsUrl: only absolute https URLs from that data ever become an href.
 */
import { CREDENTIALS } from '../../../keywords/credentials';
import { SETTINGS } from '../../../keywords/settings';
import { TRAINING, type TrainingEntry } from '../../../keywords/training';
import type { CredentialId, SettingId } from '../../../keywords/types';

export { safeHttpsUrl } from '../badge-model';

const CREDENTIAL_NAMES = new Map(CREDENTIALS.map((c) => [c.id, c.name] as const));
const SETTING_NAMES = new Map(SETTINGS.map((s) => [s.id, s.name] as const));
const TRAINING_BY_ID = new Map(TRAINING.map((t) => [t.id, t] as const));

export function credentialName(id: CredentialId): string {
  return CREDENTIAL_NAMES.get(id) ?? id;
}

export function settingName(id: SettingId): string {
  return SETTING_NAMES.get(id) ?? id;
}

export function trainingFor(id: CredentialId): TrainingEntry | undefined {
  return TRAINING_BY_ID.get(id);
}

/** "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
