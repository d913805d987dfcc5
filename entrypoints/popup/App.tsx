// The toolbar popup: src/ui/popup/PopupApp.tsx (which tab: src/ui/popup/target.ts, `?tab=<id>`).
export { PopupApp as App } from '../../src/ui/popup/PopupApp';
