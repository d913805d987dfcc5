/**
 * The popup's listing links: bring a listing's badge into view and focus it. Runs on the reader's
 * click in the popup, so moving focus here is what they asked for. The key is compared as an
 * attribute value (never put into a selector).
 */
import { ATTR_DISPLAY, ATTR_KEY, ATTR_PLACE, HOST_TAG } from './constants';

/** The listing's card is hidden by the reader's display choice. */
export function hiddenListing(doc: Document, key: string): boolean {
  const host = Array.from(doc.getElementsByTagName(HOST_TAG)).find((h) => h.getAttribute(ATTR_KEY) === key && h.getAttribute(ATTR_PLACE) === 'card');
  return !!host?.closest(`[${ATTR_DISPLAY}="hide"]`);
}

/** Scroll the listing's badge into view and focus its button; false when it is not on the page. */
export function revealListing(doc: Document, key: string): boolean {
  const hosts = Array.from(doc.getElementsByTagName(HOST_TAG)).filter((h) => h.getAttribute(ATTR_KEY) === key && !h.hasAttribute('hidden'));
  // The card in the list first; the open posting's badge when the list does not show it.
  const host = hosts.find((h) => h.getAttribute(ATTR_PLACE) === 'card') ?? hosts[0];
  if (!host) return false;
  // An instant jump: no motion to reduce, and it completes even while the popup covers the page.
  host.scrollIntoView({ block: 'center', behavior: 'auto' });
  host.shadowRoot?.querySelector('button')?.focus({ preventScroll: true });
  return true;
}
