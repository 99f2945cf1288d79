import '../../lib/platform/zod-jitless';
import { render } from 'preact';
import { SidePanelApp } from '../../components/side-panel-app';
import { createPanelServices } from './create-services';

export function startPanel(root: HTMLElement): void {
  performance.mark('pmh:panel-code-loaded');
  // Start opening the store now rather than in the app's first effect, a frame later.
  const opening = createPanelServices();
  // The app handles a failure (it shows the store's message); this keeps it from being reported
  // as unhandled in the moment before the app's effect attaches its handler.
  opening.catch(() => undefined);
  render(<SidePanelApp loadServices={() => opening} />, root);
}
