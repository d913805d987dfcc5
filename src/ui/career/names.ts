/**
 * Names and training details the Career paths page shows for ids, from our own keyword data.
 * Links pass through safeHttpsUrl: only absolute https URLs from that data ever become an href.
 */
export { credentialName, safeHttpsUrl, settingName, trainingFor } from '../badge-model';

/** "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
