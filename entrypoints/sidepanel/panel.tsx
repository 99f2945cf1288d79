import '../../lib/platform/zod-jitless';
import { render } from 'preact';
import { SidePanelApp } from '../../components/side-panel-app';
import { createPanelServices } from './create-services';
import type { EarlyReads } from './early-reads';

export function startPanel(root: HTMLElement, early: EarlyReads): void {
  performance.mark('pmh:panel-code-loaded');
  // The reads started in the entry module (early-reads.ts); the services are wired as they arrive.
  const opening = createPanelServices(early);
  // The app handles a failure (it shows the store's message); this keeps it from being reported
  // as unhandled in the moment before the app's effect attaches its handler.
  opening.catch(() => undefined);
  render(<SidePanelApp loadServices={() => opening} />, root);
}
