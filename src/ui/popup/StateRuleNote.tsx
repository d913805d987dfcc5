/** A state's technician rule in the popup (the same data as the explanation card's, src/profile/state-rules.ts). */
import type { StateRuleLine } from '../badge-model';

/** `heading`: the level below the section the note sits in. */
export function StateRuleNote({ rule, heading: Heading }: { rule: StateRuleLine; heading: 'h3' | 'h4' }) {
  return (
    <div class="rxl-state-rule" data-state={rule.code}>
      <Heading>{`State rule for ${rule.state}`}</Heading>
      <p>{rule.sentences.join(' ')}</p>
      <p class="rxl-muted rxl-small">{`${rule.source} ${rule.caution}`}</p>
      {rule.boardSite && (
        <p class="rxl-small">
          <a href={rule.boardSite} target="_blank" rel="noopener noreferrer">
            {rule.boardName ? `${rule.boardName}: official site` : 'State board: official site'}
          </a>
        </p>
      )}
    </div>
  );
}
