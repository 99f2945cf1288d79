import { render } from 'preact';
import { SidePanelApp } from '../../components/side-panel-app';
import '../../components/styles.css';

const root = document.getElementById('app');
if (root) {
  render(<SidePanelApp />, root);
  // Read by `npm run bench` (scripts/bench/panel-timing.ts).
  performance.mark('pmh:first-render');
  performance.mark('pmh:interactive');
}
