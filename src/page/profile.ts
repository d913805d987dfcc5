/**
 * Profile changes, for the content script. The profile itself is read and applied by the
 * background (src/background/analysis.ts judges every listing); the page only needs to know
 * *that* it changed, to ask for its badges again so they update without a reload. This module
 * therefore listens to the storage area directly and imports nothing of src/profile (which would
 * bring the keyword vocabulary into the page). Never throws.
 */
import { browser } from 'wxt/browser';

export interface ProfileSource {
  /** Call `cb` after each change of the stored profile; returns the unwatch function. */
  watch(cb: () => void): () => void;
}

/** `sync:rxl-profile` (src/profile/storage.ts PROFILE_KEY) as a storage area and key. */
export const PROFILE_AREA = 'sync';
export const PROFILE_STORAGE_KEY = 'rxl-profile';

/** Watches extension storage (browser.storage.onChanged). */
export function storageProfileSource(): ProfileSource {
  return {
    watch(cb) {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === PROFILE_AREA && PROFILE_STORAGE_KEY in changes) cb();
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
  };
}

/** A ProfileSource over any change feed (a fake in tests). */
export function createProfileSource(backend: { watch(cb: (value: unknown) => void): () => void }): ProfileSource {
  return {
    watch(cb) {
      try {
        return backend.watch(() => cb());
      } catch {
        return () => undefined;
      }
    },
  };
}
