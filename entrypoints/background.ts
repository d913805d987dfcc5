import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // First install: show the settings page so the reader can enter credentials and state.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.runtime.openOptionsPage().catch((error: unknown) => {
      console.error('[RxLadder] could not open the options page', error);
    });
  });
});
