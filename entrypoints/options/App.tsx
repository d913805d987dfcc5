import { Page } from '../../src/ui/Page';

// Issue #4 adds the credential and home-state form.
export function App() {
  return (
    <Page title="RxLadder settings">
      <p>Set your credentials and home state in under a minute.</p>
      <p class="rxl-muted">
        RxLadder runs entirely in your browser: job postings are read on your device and nothing is
        sent anywhere.
      </p>
    </Page>
  );
}
