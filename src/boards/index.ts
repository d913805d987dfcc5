import { careerbuilderBoard } from './careerbuilder';
import { diceBoard } from './dice';
import { hostMatches } from './dom';
import { genericBoard } from './generic';
import { glassdoorBoard } from './glassdoor';
import { greenhouseBoard } from './greenhouse';
import { icimsBoard } from './icims';
import { indeedBoard } from './indeed';
import { leverBoard } from './lever';
import { linkedinBoard } from './linkedin';
import { monsterBoard } from './monster';
import { simplyhiredBoard } from './simplyhired';
import type { BoardAdapter } from './types';
import { usajobsBoard } from './usajobs';
import { workdayBoard } from './workday';
import { ziprecruiterBoard } from './ziprecruiter';

export type { BoardAdapter, ListingCard, OpenPosting } from './types';
export { genericBoard };

/** Every board RxLadder reads. Adding a board: its file, one line here, its host in hosts.ts. */
export const BOARDS: readonly BoardAdapter[] = [
  indeedBoard,
  linkedinBoard,
  glassdoorBoard,
  ziprecruiterBoard,
  usajobsBoard,
  monsterBoard,
  simplyhiredBoard,
  careerbuilderBoard,
  diceBoard,
  workdayBoard,
  greenhouseBoard,
  leverBoard,
  icimsBoard,
];

/** The board file for a page, or null (the generic reader serves "scan this page"). */
export function boardFor(url: URL): BoardAdapter | null {
  return BOARDS.find((b) => hostMatches(url, b.hosts)) ?? null;
}
