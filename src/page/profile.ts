/**
 * Profile changes, for the content script. The profile itself is read and applied by the
 * background (src/background/analysis.ts judges every listing); the page needs to know *that* it
 * changed, to ask for its badges again so they update without a reload, and reads only the display
 * choices from it (src/page/display.ts). This module therefore uses the storage area directly and
 * imports nothing of src/profile (which would bring the keyword vocabulary into the page). Never
 * throws.
 */
import { browser } from 'wxt/browser';

export interface ProfileSource {
  /** Call `cb` after each change of the stored profile (with the new stored value); returns the unwatch function. */
  watch(cb: (value: unknown) => void): () => void;
  /** The stored profile now (raw; the page reads only its display choices, src/page/display.ts). */
  read?(): Promise<unknown>;
}

/** `sync:rxl-profile` (src/profile/storage.ts PROFILE_KEY) as a storage area and key. */
export const PROFILE_AREA = 'sync';
export const PROFILE_STORAGE_KEY = 'rxl-profile';

/** Watches extension storage (browser.storage.onChanged). */
export function storageProfileSource(): ProfileSource {
  return {
    watch(cb) {
      const listener = (changes: Record<string, { newValue?: unknown } | undefined>, area: string) => {
        if (area === PROFILE_AREA && PROFILE_STORAGE_KEY in changes) cb(changes[PROFILE_STORAGE_KEY]?.newValue);
      };
      try {
        browser.storage.onChanged.addListener(listener);
      } catch {
        return () => undefined;
      }
      return () => {
        try {
          browser.storage.onChanged.removeListener(listener);
        } catch {
          /* context gone */
        }
      };
    },
    async read() {
      const got = await browser.storage.sync.get(PROFILE_STORAGE_KEY);
      return got[PROFILE_STORAGE_KEY];
    },
  };
}

/** A ProfileSource over any change feed (a fake in tests). */
export function createProfileSource(backend: { watch(cb: (value: unknown) => void): () => void; get?(): Promise<unknown> }): ProfileSource {
  return {
    watch(cb) {
      try {
        return backend.watch((value) => cb(value));
      } catch {
        return () => undefined;
      }
    },
    read: backend.get ? () => backend.get!() : undefined,
  };
}
