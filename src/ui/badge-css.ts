/**
 * Styles of the badge shadow root, as a string (adopted as one shared constructed stylesheet,
 * or a <style> element where adoptedStyleSheets is unavailable).
 *
 * - Every size is in px: rem would follow the host page's root font size.
 * - `:host { all: initial }` keeps the board's inherited styles out, except its font family: with
 *   it and only normal and bold weights, the badge draws with fonts the page has loaded already.
 *   A family or weight new to the page costs a font lookup in the frame that attaches the first
 *   badges (≈ 3 ms more layout for the first eight badges on the 500-card page, system-ui at
 *   weights 500 and 600 against the page's family at 400 and 700; measured in Chromium traces).
 * - Colours come from PALETTE, which tests/unit/page/badge-ui.test.ts checks for WCAG AA:
 *   text >= 4.5:1 on its fill, the badge edge >= 3:1 against a white (light) or #1b1f23 (dark) page.
 * - Meaning never by colour alone: every verdict has its own icon shape and words.
 * - Dark mode via prefers-color-scheme, no motion under prefers-reduced-motion, a visible border
 *   and focus ring in forced-colors mode.
 */
import type { Verdict } from '../profile/types';

export interface VerdictColours {
  /** Badge text. */
  fg: string;
  /** Badge fill. */
  bg: string;
  /** Badge edge (>= 3:1 against the page). */
  edge: string;
}

export interface SchemeColours {
  verdict: Record<Verdict | 'stale', VerdictColours>;
  card: { fg: string; muted: string; bg: string; edge: string; link: string; focus: string };
  /** The page background the edges are checked against. */
  page: string;
}

export const PALETTE: { light: SchemeColours; dark: SchemeColours } = {
  light: {
    verdict: {
      qualified: { fg: '#14532d', bg: '#e8f5ec', edge: '#15803d' },
      trainable: { fg: '#6b3a06', bg: '#fff3d6', edge: '#a16207' },
      missing: { fg: '#7f1d1d', bg: '#fdeaea', edge: '#b91c1c' },
      unknown: { fg: '#1f2933', bg: '#eef1f4', edge: '#5b6673' },
      stale: { fg: '#374151', bg: '#f3f4f6', edge: '#5b6673' },
    },
    card: { fg: '#1b1f23', muted: '#4a5560', bg: '#ffffff', edge: '#6b7785', link: '#0b57d0', focus: '#0b57d0' },
    page: '#ffffff',
  },
  dark: {
    verdict: {
      qualified: { fg: '#bbf7d0', bg: '#0f2e1c', edge: '#4ade80' },
      trainable: { fg: '#fde68a', bg: '#33240a', edge: '#facc15' },
      missing: { fg: '#fecaca', bg: '#3b1212', edge: '#f87171' },
      unknown: { fg: '#e5e9ee', bg: '#232a31', edge: '#9aa5b1' },
      stale: { fg: '#d1d5db', bg: '#2a2f35', edge: '#9aa5b1' },
    },
    card: { fg: '#e6eaee', muted: '#aeb8c2', bg: '#15191d', edge: '#7d8995', link: '#8ab4f8', focus: '#8ab4f8' },
    page: '#1b1f23',
  },
};

function vars(s: SchemeColours): string {
  const out: string[] = [];
  for (const [name, c] of Object.entries(s.verdict)) {
    out.push(`--rxl-${name}-fg:${c.fg};--rxl-${name}-bg:${c.bg};--rxl-${name}-edge:${c.edge};`);
  }
  const c = s.card;
  out.push(
    `--rxl-card-fg:${c.fg};--rxl-card-muted:${c.muted};--rxl-card-bg:${c.bg};--rxl-card-edge:${c.edge};--rxl-link:${c.link};--rxl-focus:${c.focus};`,
  );
  return out.join('');
}

const VERDICTS: readonly (Verdict | 'stale')[] = ['qualified', 'trainable', 'missing', 'unknown', 'stale'];

/**
 * Height of a card's badge host while the badge fits on one line: 4 px of padding above a 24 px
 * badge. Boards that reserve the badge's space before it arrives reserve this much
 * (src/page/reserve.ts); padding rather than margin, so it never collapses into the board's margins.
 */
export const CARD_HOST_PX = 28;

export const BADGE_CSS = `
:host{all:initial;display:block;padding:4px 0 0;max-width:100%;
font:13px/18px sans-serif;font-family:inherit;
color-scheme:light dark;${vars(PALETTE.light)}}
:host([hidden]){display:none!important}
@media (prefers-color-scheme:dark){:host{${vars(PALETTE.dark)}}}
*,*::before,*::after{box-sizing:border-box}
.root{display:block;font:inherit;color:var(--rxl-card-fg);text-align:left;letter-spacing:normal;text-transform:none;white-space:normal}
.badge{display:inline-flex;align-items:center;flex-wrap:wrap;gap:6px;min-height:24px;max-width:100%;margin:0;
padding:2px 8px;border:1px solid;border-radius:12px;font-family:inherit;font-size:13px;line-height:18px;font-weight:700;cursor:pointer;
text-align:left;transition:background-color 120ms ease-out,box-shadow 120ms ease-out}
.badge:hover{box-shadow:0 0 0 1px currentColor inset}
.badge:focus{outline:none}
.badge:focus-visible{outline:2px solid var(--rxl-focus);outline-offset:2px}
${VERDICTS.map((v) => `.v-${v}{color:var(--rxl-${v}-fg);background:var(--rxl-${v}-bg);border-color:var(--rxl-${v}-edge)}`).join('\n')}
.icon{flex:none;width:14px;height:14px}
.words{font-weight:700}
.chip{display:inline-block;padding:0 6px;border:1px solid currentColor;border-radius:8px;font-weight:400;font-size:12px;line-height:16px}
.pay{font-weight:400}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.card{display:block;margin:6px 0 4px;padding:10px 12px;max-width:520px;border:1px solid var(--rxl-card-edge);border-radius:8px;
background:var(--rxl-card-bg);color:var(--rxl-card-fg);font-size:13px;line-height:19px;font-weight:400}
.card[hidden]{display:none}
.card p{margin:0 0 8px}
.card .title{font-weight:700;font-size:14px;line-height:20px;margin:0 0 4px}
.card ul{margin:0 0 8px;padding:0 0 0 18px}
.card li{margin:0 0 6px}
.card q{display:block;margin:2px 0 0;color:var(--rxl-card-muted);font-style:italic;quotes:"“" "”"}
.card .muted{color:var(--rxl-card-muted)}
.card .lvl{font-weight:700}
.card .held{font-weight:700}
.card a{color:var(--rxl-link);text-decoration:underline}
.card a:focus-visible,.card button:focus-visible{outline:2px solid var(--rxl-focus);outline-offset:2px}
.card details{margin:4px 0 0}
.card summary{cursor:pointer;color:var(--rxl-link);text-decoration:underline}
.card summary:focus-visible{outline:2px solid var(--rxl-focus);outline-offset:2px}
.card dl{margin:4px 0 0}
.card dt{font-weight:700}
.card dd{margin:0 0 4px}
.card .src{color:var(--rxl-card-muted)}
.card .state{margin:0 0 8px}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}
.btn{min-height:24px;padding:2px 10px;border:1px solid var(--rxl-card-edge);border-radius:6px;background:transparent;
color:var(--rxl-card-fg);font-family:inherit;font-size:13px;line-height:18px;font-weight:400;cursor:pointer}
.btn.primary{border-color:var(--rxl-link);color:var(--rxl-link)}
@media (prefers-reduced-motion:reduce){.badge,.btn{transition:none}}
@media (forced-colors:active){.badge,.card,.btn,.chip{border:1px solid CanvasText;forced-color-adjust:auto}
.badge:focus-visible,.card a:focus-visible,.card button:focus-visible,.card summary:focus-visible{outline:2px solid Highlight}}
`;
