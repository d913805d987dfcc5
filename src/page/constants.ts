/**
 * The DOM contract of RxLadder's badge hosts (issue #3; the end-to-end tests and #4 rely on it).
 * Every annotated listing carries exactly one host element:
 *
 *   <rxl-badge data-rxl-key="board:jobKey" data-rxl-verdict="qualified|trainable|missing|unknown"
 *              data-rxl-requires="ids…" data-rxl-settings="ids…" data-rxl-place="card|detail"
 *              data-rxl-source="card|posting">  #shadow-root (open) … </rxl-badge>
 *
 * `data-rxl-stale` is added when the extension context is gone (updated or reloaded).
 */
export const HOST_TAG = 'rxl-badge';
export const ATTR_KEY = 'data-rxl-key';
export const ATTR_VERDICT = 'data-rxl-verdict';
export const ATTR_REQUIRES = 'data-rxl-requires';
export const ATTR_SETTINGS = 'data-rxl-settings';
export const ATTR_PLACE = 'data-rxl-place';
export const ATTR_SOURCE = 'data-rxl-source';
export const ATTR_STALE = 'data-rxl-stale';
/**
 * On the board's listing element (not our host), only while the reader's display choices dim or
 * hide it (issue #4, src/page/display.ts): `data-rxl-display="dim|hide"`.
 */
export const ATTR_DISPLAY = 'data-rxl-display';

/** The note shown while listings are hidden (src/page/hidden-note.ts); ours, like the badge hosts. */
export const NOTE_TAG = 'rxl-note';

export const CARD_HOSTS = `${HOST_TAG}[${ATTR_PLACE}="card"]`;
export const DETAIL_HOSTS = `${HOST_TAG}[${ATTR_PLACE}="detail"]`;

/**
 * Boards whose listings can live in a subframe: iCIMS renders its content in
 * iframe#icims_content_iframe (boards.md §3.9), Greenhouse embeds its board as an iframe. In other
 * boards' subframes (ads, widgets) the content script does nothing.
 */
export const FRAME_BOARDS: ReadonlySet<string> = new Set(['icims', 'greenhouse']);

/** Prefix of every console line RxLadder writes. */
export const LOG_PREFIX = '[RxLadder]';
