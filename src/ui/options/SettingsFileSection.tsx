import { useRef, useState } from 'preact/hooks';
import { importSettingsFromFile, settingsFileName, settingsFileText } from '../../profile/settings-file';
import type { ReaderProfile } from '../../profile/types';
import { ConfirmDialog } from './ConfirmDialog';

export interface SettingsFileSectionProps {
  /** The profile as the form shows it (exported as is). */
  current(): ReaderProfile;
  onExported(fileName: string): void;
  /** A valid file was imported and saved. */
  onImported(profile: ReaderProfile, fileName: string): void;
  /** The reader confirmed the reset; resolves when defaults are stored. */
  onReset(): Promise<void>;
}

/** Export to a .json file (Blob + object URL: nothing leaves the device), import, reset. */
export function SettingsFileSection({ current, onExported, onImported, onReset }: SettingsFileSectionProps) {
  const [importError, setImportError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);

  const exportFile = () => {
    const now = new Date();
    const name = settingsFileName(now);
    const blob = new Blob([settingsFileText(current(), now)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started by then; the URL is only needed until it does.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
    onExported(name);
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const result = await importSettingsFromFile(file);
      if (result.ok) {
        setImportError(null);
        onImported(result.profile, file.name);
      } else {
        setImportError(`“${file.name}” was not imported. ${result.message}`);
      }
    } finally {
      setBusy(false);
      // Choosing the same file again (after fixing it) fires a new change event.
      input.value = '';
    }
  };

  const closeDialog = () => {
    setConfirming(false);
    resetButton.current?.focus();
  };

  return (
    <section class="rxl-section" aria-labelledby="file-heading">
      <h2 id="file-heading">Back up, move or reset</h2>
      <p class="rxl-hint">
        A settings file holds what you set on this page. It stays on your device unless you move it.
      </p>
      <div class="rxl-actions">
        <button type="button" class="rxl-button" onClick={exportFile}>
          Export settings to a file
        </button>
      </div>
      <div class="rxl-field">
        <label for="import-file">Import settings from a file</label>
        <p class="rxl-hint" id="import-hint">
          Choose a .json file exported by RxLadder. It replaces your current settings only if it is valid.
        </p>
        <input
          class="rxl-file"
          type="file"
          id="import-file"
          accept=".json,application/json"
          disabled={busy}
          aria-invalid={importError ? 'true' : undefined}
          aria-describedby={importError ? 'import-hint import-error' : 'import-hint'}
          onChange={(e) => void importFile(e.currentTarget)}
        />
        {importError && (
          <p class="rxl-error rxl-error--box" id="import-error" role="alert">
            {importError}
          </p>
        )}
      </div>
      <div class="rxl-actions">
        <button
          type="button"
          class="rxl-button rxl-button--secondary"
          ref={resetButton}
          aria-haspopup="dialog"
          onClick={() => setConfirming(true)}
        >
          Reset to defaults
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Reset all settings?"
        confirmLabel="Reset settings"
        onCancel={closeDialog}
        onConfirm={() => {
          setImportError(null);
          void onReset()
            .catch(() => undefined)
            .finally(closeDialog);
        }}
      >
        <p>
          Your credentials, home state, experience, settings of interest and display choices go back to the
          defaults on every device where you use browser sync. Export a file first if you may want them back.
        </p>
      </ConfirmDialog>
    </section>
  );
}
