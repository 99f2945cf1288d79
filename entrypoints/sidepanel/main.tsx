// First, before anything renders: no form state in the browser's session-restore files.
import '../../components/no-form-restore';
import { render } from 'preact';
import { PanelShell } from '../../components/panel-shell';
import '../../components/styles.css';
import { startEarlyReads } from './early-reads';

// The panel paints its frame at once, then loads the rest (pathway engine, encrypted store,
// configuration) as one chunk. `npm run bench` reports both the initial JavaScript and everything
// loaded before the panel is interactive.
const root = document.getElementById('app');
if (root) {
  // The store, the vault's state and the configuration's inputs are read from here, while the
  // panel's code is fetched and compiled (issue 17, H113); the panel takes these promises.
  const early = startEarlyReads();
  // Asked for before the first render, so fetching and compiling it overlaps with painting the frame.
  const panel = import('./panel');
  render(
    <PanelShell>
      <p class="quiet" role="status">
        Opening…
      </p>
    </PanelShell>,
    root,
  );
  performance.mark('pmh:first-render');
  panel.then(
    ({ startPanel }) => startPanel(root, early),
    // An update half-installed, or a file missing: say so rather than stay on "Opening…".
    () =>
      render(
        <PanelShell>
          <p class="error" role="alert">
            The extension could not start. Close the panel and open it again; if it keeps happening, tell IT support.
          </p>
        </PanelShell>,
        root,
      ),
  );
}
