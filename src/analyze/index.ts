import type { SettingId } from '../../keywords/types';
import { lexicon } from './lexicon';
import { findPay } from './pay';
import { findRequirements, mergeInstances } from './requirements';
import { judgeRole, TECHNICIAN_CREDENTIALS } from './role';
import { findSettings } from './settings';
import { type Sentence, splitSentences } from './structure';
import { copyTokens, tokenize } from './tokenize';
import type { PostingAnalysis, PostingInput, SettingSignal } from './types';
import { applyTitleCredentials } from './title';

export type * from './types';

/**
 * Analyse one posting: pure, synchronous, linear in the text. `title` is the job title when the
 * caller knows it (a board card, a JSON-LD title); `text` is the rest of the posting.
 */
export function analyzePosting(input: PostingInput): PostingAnalysis {
  const lex = lexicon();
  const text = typeof input.text === 'string' ? input.text : '';
  const title = typeof input.title === 'string' ? input.title : '';

  // The title first (the token buffers are shared, so keep a copy).
  const titleTokens = copyTokens(tokenize(roleTitleOf(title, text), lex.vocab, lex.andId));
  const role = judgeRole(roleTitleOf(title, text), titleTokens, lex);

  const t = tokenize(text, lex.vocab, lex.andId);
  const sentences = splitSentences(text, t, lex);
  const { instances, duties } = findRequirements(text, t, sentences, lex);
  const settings = new Map<SettingId, SettingSignal>();
  findSettings(text, t, sentences, lex, settings);
  let { pay, grades } = findPay(text, t, sentences, lex);

  let wordCount = 0;
  for (let k = 0; k < t.count; k++) if (t.id[k]! >= 0) wordCount++;

  // The title last: its tokens replace the text's in the shared buffers.
  if (title) {
    const tt = tokenize(title, lex.vocab, lex.andId);
    // The title is one phrase, never a heading.
    const titleSentences: Sentence[] = tt.count === 0 ? [] : [{ from: 0, to: tt.count, start: tt.start[0]!, end: tt.end[tt.count - 1]!, scope: 'neutral', listItem: false }];
    findSettings(title, tt, titleSentences, lex, settings, true);
    if (!pay) {
      const fromTitle = findPay(title, tt, titleSentences, lex);
      pay = fromTitle.pay;
      grades ??= fromTitle.grades;
    }
  }

  const credentials = applyTitleCredentials(title, titleTokens, mergeInstances(text, instances, lex), lex);

  if (!role.isPharmacyTech && role.pharmacyTitle && credentials.some((c) => c.level === 'required' && TECHNICIAN_CREDENTIALS.includes(c.id))) {
    role.isPharmacyTech = true;
    role.matched = roleTitleOf(title, text).trim();
  }

  const analysis: PostingAnalysis = {
    isPharmacyTech: role.isPharmacyTech,
    roleLevel: role.isPharmacyTech ? role.level : 'technician',
    role: role.nearMiss ? { nearMiss: role.nearMiss } : role.matched ? { matched: role.matched } : {},
    credentials,
    settings: [...settings.values()],
    duties,
    wordCount,
  };
  if (pay) analysis.pay = pay;
  if (grades) analysis.grades = grades;
  return analysis;
}

/** Without a title, the first non-empty line stands in for one when it is short. */
function roleTitleOf(title: string, text: string): string {
  if (title.trim()) return title;
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  return firstLine.length <= 120 ? firstLine : firstLine.slice(0, 120);
}
