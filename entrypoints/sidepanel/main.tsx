import { render } from 'preact';
import { PanelShell } from '../../components/panel-shell';
import '../../components/styles.css';

// The panel paints its frame at once, then loads the rest (pathway engine, encrypted store,
// configuration) as one chunk. `npm run bench` reports both the initial JavaScript and everything
// loaded before the panel is interactive.
const root = document.getElementById('app');
if (root) {
  render(
    <PanelShell>
      <p class="quiet" role="status">
        Opening…
      </p>
    </PanelShell>,
    root,
  );
  performance.mark('pmh:first-render');
  void import('./panel').then(({ startPanel }) => startPanel(root));
}
