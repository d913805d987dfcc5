/**
 * The options page's form fields. Native controls only (radios, checkboxes, select, inputs) with
 * visible labels, fieldsets and legends, so keyboard use and screen readers work as the browser
 * makes them; hints and errors are tied to their control with aria-describedby.
 */
import { useEffect, useState } from 'preact/hooks';
import { SETTINGS } from '../../../keywords/settings';
import { STATES } from '../../../keywords/states';
import type { CredentialId, SettingId } from '../../../keywords/types';
import { isMonth, isYears, YEARS_MAX } from '../../profile/storage';
import type { DisplayPrefs, Holding, UnqualifiedDisplay } from '../../profile/types';
import { CREDENTIAL_NOTES, credentialEntry } from './groups';

const HOLDING_LABELS: Record<Holding, string> = {
  held: 'Held',
  'in-progress': 'In progress',
  none: 'Not held',
};
const HOLDING_ORDER: readonly Holding[] = ['held', 'in-progress', 'none'];

export interface CredentialFieldProps {
  id: CredentialId;
  holding: Holding;
  expected: string | undefined;
  onHolding(id: CredentialId, holding: Holding): void;
  onExpected(id: CredentialId, month: string | undefined): void;
}

/** One credential: held / in progress (with the expected month) / not held. */
export function CredentialField({ id, holding, expected, onHolding, onExpected }: CredentialFieldProps) {
  const entry = credentialEntry(id);
  const hintId = `cred-${id}-hint`;
  const note = CREDENTIAL_NOTES[id];
  return (
    <fieldset class="rxl-cred" aria-describedby={hintId} data-credential={id}>
      <legend class="rxl-cred__name">{entry.name}</legend>
      <p class="rxl-hint" id={hintId}>
        {entry.summary}
        {note ? ` ${note}` : ''}
      </p>
      <div class="rxl-choices">
        {HOLDING_ORDER.map((h) => (
          <label class="rxl-choice" key={h}>
            <input
              type="radio"
              name={`cred-${id}`}
              value={h}
              checked={holding === h}
              onChange={(e) => {
                if (e.currentTarget.checked) onHolding(id, h);
              }}
            />
            <span>{HOLDING_LABELS[h]}</span>
          </label>
        ))}
      </div>
      {holding === 'in-progress' && (
        <MonthInput id={`cred-${id}-expected`} value={expected} onChange={(month) => onExpected(id, month)} />
      )}
    </fieldset>
  );
}

/**
 * `<input type="month">` (a text field where the browser has no month picker): valid "YYYY-MM"
 * values are reported, an empty field clears the month, anything else shows an error and is not saved.
 */
function MonthInput({ id, value, onChange }: { id: string; value: string | undefined; onChange(month: string | undefined): void }) {
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState(false);
  useEffect(() => {
    // A change from elsewhere (another tab, an import) replaces what the field shows.
    if ((value ?? '') !== text && (isMonth(text) || text === '')) setText(value ?? '');
  }, [value]);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const commit = (raw: string) => {
    setText(raw);
    const trimmed = raw.trim();
    if (trimmed === '') {
      setError(false);
      onChange(undefined);
    } else if (isMonth(trimmed)) {
      setError(false);
      onChange(trimmed);
    } else {
      setError(true);
    }
  };
  return (
    <div class="rxl-field rxl-field--inline">
      <label for={id}>Expected month</label>
      <input
        class="rxl-input"
        type="month"
        id={id}
        value={text}
        min="1950-01"
        max="2100-12"
        placeholder="YYYY-MM"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onInput={(e) => commit(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
      />
      <span class="rxl-hint" id={hintId}>
        Optional.
      </span>
      {error && (
        <span class="rxl-error" id={errorId}>
          Write the month as YYYY-MM, for example 2026-09.
        </span>
      )}
    </div>
  );
}

const STATES_BY_NAME = [...STATES].sort((a, b) => a.name.localeCompare(b.name, 'en'));

export function StateSelect({ value, onChange }: { value: string | undefined; onChange(code: string | undefined): void }) {
  return (
    <div class="rxl-field">
      <label for="home-state">Home state</label>
      <p class="rxl-hint" id="home-state-hint">
        Where your state licence or registration counts. A posting that needs another state’s licence says so.
      </p>
      <select
        class="rxl-input"
        id="home-state"
        aria-describedby="home-state-hint"
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value || undefined)}
      >
        <option value="">Not set</option>
        {STATES_BY_NAME.map((s) => (
          <option value={s.code} key={s.code}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function YearsInput({ value, onChange }: { value: number | undefined; onChange(years: number | undefined): void }) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [error, setError] = useState(false);
  useEffect(() => {
    const shown = text.trim() === '' ? undefined : Number(text);
    if (shown !== value && !error) setText(value === undefined ? '' : String(value));
  }, [value]);
  const commit = (raw: string) => {
    setText(raw);
    const trimmed = raw.trim();
    if (trimmed === '') {
      setError(false);
      onChange(undefined);
      return;
    }
    const years = Number(trimmed);
    if (isYears(years)) {
      setError(false);
      onChange(years);
    } else {
      setError(true);
    }
  };
  return (
    <div class="rxl-field">
      <label for="years-experience">Years of experience as a pharmacy technician</label>
      <p class="rxl-hint" id="years-experience-hint">
        Optional. Count training and part-time work too.
      </p>
      <input
        class="rxl-input rxl-input--short"
        type="number"
        id="years-experience"
        inputMode="decimal"
        min={0}
        max={YEARS_MAX}
        step="any"
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'years-experience-hint years-experience-error' : 'years-experience-hint'}
        onInput={(e) => commit(e.currentTarget.value)}
      />
      {error && (
        <p class="rxl-error" id="years-experience-error">
          Enter a number from 0 to {YEARS_MAX}.
        </p>
      )}
    </div>
  );
}

export function InterestsFieldset({ value, onChange }: { value: readonly SettingId[]; onChange(next: SettingId[]): void }) {
  const chosen = new Set(value);
  return (
    <fieldset class="rxl-fieldset" aria-describedby="interests-hint">
      <legend>Settings you are interested in</legend>
      <p class="rxl-hint" id="interests-hint">
        Optional. The toolbar popup breaks a page’s listings down by setting.
      </p>
      <div class="rxl-checks">
        {SETTINGS.map((s) => (
          <label class="rxl-check" key={s.id}>
            <input
              type="checkbox"
              name="interests"
              value={s.id}
              checked={chosen.has(s.id)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.currentTarget.checked) next.add(s.id);
                else next.delete(s.id);
                onChange(SETTINGS.map((x) => x.id).filter((id) => next.has(id)));
              }}
            />
            <span>{s.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const UNQUALIFIED_LABELS: Record<UnqualifiedDisplay, string> = {
  show: 'Show them',
  dim: 'Dim them',
  hide: 'Hide them',
};

export function DisplayFields({ value, onChange }: { value: DisplayPrefs; onChange(next: DisplayPrefs): void }) {
  return (
    <>
      <label class="rxl-check rxl-check--block">
        <input
          type="checkbox"
          name="dimNonTech"
          checked={value.dimNonTech}
          onChange={(e) => onChange({ ...value, dimNonTech: e.currentTarget.checked })}
        />
        <span>Dim listings that are not pharmacy-technician roles</span>
      </label>
      <fieldset class="rxl-fieldset" aria-describedby="unqualified-hint">
        <legend>Listings you cannot qualify for yet</legend>
        <p class="rxl-hint" id="unqualified-hint">
          Listings that need a credential you do not hold or have in progress.
        </p>
        <div class="rxl-choices">
          {(['show', 'dim', 'hide'] as const).map((d) => (
            <label class="rxl-choice" key={d}>
              <input
                type="radio"
                name="hideUnqualified"
                value={d}
                checked={value.hideUnqualified === d}
                onChange={(e) => {
                  if (e.currentTarget.checked) onChange({ ...value, hideUnqualified: d });
                }}
              />
              <span>{UNQUALIFIED_LABELS[d]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label class="rxl-check rxl-check--block">
        <input
          type="checkbox"
          name="showPay"
          checked={value.showPay}
          onChange={(e) => onChange({ ...value, showPay: e.currentTarget.checked })}
        />
        <span>Show pay on badges</span>
      </label>
    </>
  );
}
