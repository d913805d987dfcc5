/**
 * The compact badge: an icon + verdict words, one setting chip and the pay, as a <button> with
 * aria-expanded. Click or Enter opens the explanation card in the same shadow root; Escape (or
 * the card's Close button) closes it and puts focus back on the badge. Nothing here moves focus
 * on its own: focus moves only in answer to the reader's Escape / Close.
 */
import { useRef, useState } from 'preact/hooks';
import type { BadgeModel, BadgePlace } from './badge-model';
import { Explanation, EXPLANATION_ID } from './Explanation';

export interface BadgeProps {
  model: BadgeModel;
  place: BadgePlace;
  /** The extension was updated or reloaded: greyed out, the options button is disabled. */
  stale?: boolean;
  onOpenOptions?: () => void;
}

/** Distinct shapes per verdict (meaning never by colour alone). */
function Icon({ verdict }: { verdict: BadgeModel['verdict'] }) {
  const common = { class: 'icon', viewBox: '0 0 16 16', 'aria-hidden': 'true' as const, focusable: 'false' as const };
  const stroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': '1.8', 'stroke-linecap': 'round' as const, 'stroke-linejoin': 'round' as const };
  switch (verdict) {
    case 'qualified':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.8" {...stroke} />
          <path d="M4.8 8.3l2.2 2.2 4.3-4.6" {...stroke} />
        </svg>
      );
    case 'trainable':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.8" {...stroke} />
          <path d="M8 4.4V8l2.6 1.6" {...stroke} />
        </svg>
      );
    case 'missing':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.8" {...stroke} />
          <path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" {...stroke} />
        </svg>
      );
    default:
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.8" {...stroke} />
          <path d="M8 7.4v4" {...stroke} />
          <circle cx="8" cy="4.9" r="1" fill="currentColor" />
        </svg>
      );
  }
}

export function Badge({ model, place, stale, onOpenOptions }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      class={`wrap place-${place}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          close();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        class={`badge v-${stale ? 'stale' : model.verdict}`}
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={open ? EXPLANATION_ID : undefined}
        onClick={(e) => {
          // The badge may sit inside a board's clickable card or link: do not follow it.
          e.preventDefault();
          setOpen(!open);
        }}
      >
        <Icon verdict={model.verdict} />
        <span class="sr">RxLadder: </span>
        <span class="words">{model.words}</span>
        {model.setting ? (
          <span class="chip">
            <span class="sr">setting: </span>
            {model.setting}
          </span>
        ) : null}
        {model.pay ? (
          <span class="pay">
            <span class="sr">pay: </span>
            {model.pay}
          </span>
        ) : null}
        {stale ? <span class="stale-note">(reload page)</span> : null}
      </button>
      {open ? <Explanation model={model} stale={stale} onOpenOptions={onOpenOptions} onClose={close} /> : null}
    </div>
  );
}
