import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SUPPORTED_MATCHES } from './src/boards/hosts';

const ICONS = {
  16: 'icon/16.png',
  32: 'icon/32.png',
  48: 'icon/48.png',
  128: 'icon/128.png',
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  // `wxt/browser` resolves to webextension-polyfill's promise-based `browser`
  // (Chrome and Firefox alike), see node_modules/@wxt-dev/webextension-polyfill.
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 everywhere: WXT would otherwise build MV2 for Firefox.
  manifestVersion: 3,
  vite: () => ({
    // JSX is compiled by Vite (oxc under Vite 8) with preact's automatic runtime.
    // No code imports react, so the react -> preact/compat aliases are not needed.
    plugins: [preact({ reactAliasesEnabled: false })],
  }),
  hooks: {
    // Content scripts use the browser's own promise-based API (Chrome MV3 `chrome`, Firefox
    // `browser`) instead of webextension-polyfill: they only send messages and watch storage,
    // which both do natively, and the polyfill would be ~3 KB gzipped of every page's script.
    // `wxt/browser` then resolves to WXT's own (@wxt-dev/browser). Other entrypoints keep the
    // polyfill (the background's onMessage listeners return promises).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  zip: {
    // The Firefox sources zip (for AMO review) skips local artefacts.
    excludeSources: ['test-output/**', 'web-ext-artifacts/**', 'stats.html'],
  },
  manifest: ({ browser }) => ({
    name: 'RxLadder',
    description:
      'Marks pharmacy-technician job listings with what they require and whether you qualify. Runs locally.',
    icons: ICONS,
    action: {
      default_title: 'RxLadder',
      default_icon: ICONS,
    },
    // activeTab + scripting: the popup's "scan this page" for unsupported sites (issue #4).
    permissions: ['storage', 'activeTab', 'scripting'],
    // Only the supported boards; the same list feeds the content script's `matches`.
    host_permissions: SUPPORTED_MATCHES,
    // No content_security_policy key: the MV3 default (script-src 'self') applies.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rxladder@rxladder.app',
              // 140 is the first desktop release that understands data_collection_permissions.
              strict_min_version: '140.0',
              // RxLadder collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: {
              // data_collection_permissions on Android: 142+.
              strict_min_version: '142.0',
            },
          },
        }
      : {}),
  }),
});
