/**
 * The career ladder's rung ids (keywords/ladder.ts holds the rungs themselves). Kept apart, with
 * no imports, because the content script validates the rung id the background puts in a badge
 * (src/page/messages.ts) and must not load the keyword map. Add an id here and its rung in
 * keywords/ladder.ts; tests/unit/ladder-data.test.ts checks that the two lists agree.
 */
export const RUNG_IDS = [
  'trainee',
  'certified',
  'hospital',
  'long-term-care',
  'ambulatory',
  'mail-order',
  'specialty',
  'federal',
  'sterile-iv',
  'nonsterile',
  'hazardous-chemo',
  'nuclear',
  'medication-history',
  'billing',
  'cpht-adv',
  'lead',
  'supervisor',
  'buyer',
  'informatics',
  'educator',
  'pharmacy-school',
  'pharmacist',
] as const;
export type RungId = (typeof RUNG_IDS)[number];

const RUNG_ID_SET: ReadonlySet<string> = new Set(RUNG_IDS);

export function isRungId(value: unknown): value is RungId {
  return typeof value === 'string' && RUNG_ID_SET.has(value);
}
