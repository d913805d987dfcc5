/**
 * The detail badge: one host next to the title of the job open on screen (detail page or split
 * pane), keyed by that job. Switching jobs must never show the previous job's badge, not even for
 * one frame (boards.md §5): `hideIfStale` runs synchronously in the MutationObserver callback and
 * on location changes, i.e. before the next paint, and hides the host as soon as the job on screen
 * (or the URL's selected job) is no longer the host's; the next frame re-keys and shows it again.
 */
import type { OpenPosting } from '../boards/types';
import { ATTR_KEY } from './constants';
import type { BadgeMounter, HostView } from './mount';

export class DetailSlot {
  private host: Element | null = null;
  private key: string | null = null;

  constructor(private readonly mounter: BadgeMounter) {}

  /** The key the detail badge currently shows (null when there is none or it is hidden). */
  get visibleKey(): string | null {
    return this.host && this.host.isConnected && !this.host.hasAttribute('hidden') ? this.key : null;
  }

  get current(): Element | null {
    return this.host;
  }

  /**
   * Synchronous check: `openKey` is the key of the job on screen now ("board:jobKey"), or null
   * when no job can be confirmed (e.g. the URL names a job the pane does not show yet). Hides the
   * host when it does not match. Returns true when it hid the host.
   */
  hideIfStale(openKey: string | null): boolean {
    const host = this.host;
    if (!host || host.hasAttribute('hidden')) return false;
    if (openKey !== null && openKey === this.key && host.getAttribute(ATTR_KEY) === openKey) return false;
    host.setAttribute('hidden', '');
    return true;
  }

  /**
   * Frame write: show the badge for `posting` (or none when `view` is null: no posting, or not a
   * pharmacy-technician job). `existing` are the detail hosts found in the page during the read.
   */
  apply(posting: OpenPosting | null, view: HostView | null, existing: readonly Element[]): void {
    const anchor = posting?.badgeAnchor;
    if (!posting || !view || !anchor || !anchor.isConnected) {
      for (const e of existing) this.mounter.remove(e);
      if (this.host) this.mounter.remove(this.host);
      this.host = null;
      this.key = null;
      return;
    }
    const candidates = this.host && !existing.includes(this.host) ? [this.host, ...existing] : existing;
    let host =
      candidates.find((e) => this.mounter.owns(e) && e.isConnected && e.parentNode === anchor) ??
      candidates.find((e) => this.mounter.owns(e) && e.isConnected) ??
      null;
    for (const e of candidates) if (e !== host) this.mounter.remove(e);
    if (!host) host = this.mounter.create('detail');
    if (host.parentNode !== anchor) anchor.append(host);
    this.mounter.attached(host);
    this.mounter.render(host, view);
    if (host.hasAttribute('hidden')) host.removeAttribute('hidden');
    this.host = host;
    this.key = view.key;
  }

  /** Forget the host (teardown). */
  release(): void {
    this.host = null;
    this.key = null;
  }
}
