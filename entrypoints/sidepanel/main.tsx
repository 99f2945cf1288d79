import { render } from 'preact';
import { PanelShell } from '../../components/panel-shell';
import '../../components/styles.css';

// The panel paints its frame at once, then loads the rest (pathway engine, encrypted store,
// configuration) as one chunk. `npm run bench` reports both the initial JavaScript and everything
// loaded before the panel is interactive.
const root = document.getElementById('app');
if (root) {
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
  void panel.then(({ startPanel }) => startPanel(root));
}
