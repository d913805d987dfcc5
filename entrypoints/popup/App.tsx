import { browser } from 'wxt/browser';
import { Page } from '../../src/ui/Page';

function openOptions(event: MouseEvent) {
  event.preventDefault();
  browser.runtime
    .openOptionsPage()
    .then(() => window.close())
    .catch((error: unknown) => console.error('[RxLadder] could not open the options page', error));
}

export function App() {
  return (
    <Page title="RxLadder" size="popup">
      <p>Open a job board to see pharmacy-technician listings.</p>
      <p>
        <a class="rxl-button" href={browser.runtime.getURL('/options.html')} onClick={openOptions}>
          Open settings
        </a>
      </p>
    </Page>
  );
}
