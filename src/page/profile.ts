/**
 * The reader's profile for the content script: read once at start and watched, so badges update
 * without a reload. The storage item, its versions and migrations and the normalisation live in
 * src/profile/storage.ts (the single definition every context uses); this module only adapts it
 * to the runtime (a current value, a version counter, a change callback) and never throws.
 */
import { normaliseProfile, profileItem } from '../profile/storage';
import type { ReaderProfile } from '../profile/types';

export interface ProfileSource {
  current(): ReaderProfile;
  /** Increases on every change. */
  version(): number;
  /** Read the stored profile once. Never rejects. */
  load(): Promise<void>;
  /** Call `cb` after each change; returns the unwatch function. */
  watch(cb: () => void): () => void;
}

export interface ProfileBackend {
  get(): Promise<unknown>;
  watch(cb: (value: unknown) => void): () => void;
}

/** `sync:rxl-profile` (src/profile/storage.ts). */
export const storageProfileBackend: ProfileBackend = {
  get: () => profileItem.getValue(),
  watch: (cb) => profileItem.watch((v) => cb(v)),
};

/** A ProfileSource over a backend (extension storage by default, a fake in tests). */
export function createProfileSource(backend: ProfileBackend = storageProfileBackend): ProfileSource {
  let profile = normaliseProfile(undefined);
  let version = 0;
  const set = (raw: unknown) => {
    profile = normaliseProfile(raw);
    version++;
  };
  return {
    current: () => profile,
    version: () => version,
    async load() {
      try {
        set(await backend.get());
      } catch {
        /* keep the default profile */
      }
    },
    watch(cb) {
      try {
        return backend.watch((v) => {
          set(v);
          cb();
        });
      } catch {
        return () => undefined;
      }
    },
  };
}
