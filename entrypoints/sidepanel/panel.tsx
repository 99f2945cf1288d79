import '../../lib/platform/zod-jitless';
import { render } from 'preact';
import { SidePanelApp } from '../../components/side-panel-app';
import { createPanelServices } from './create-services';
import type { EarlyReads } from './early-reads';

export function startPanel(root: HTMLElement, early: EarlyReads): void {
  performance.mark('pmh:panel-code-loaded');
  // The reads started in the entry module (early-reads.ts); the services are wired as they arrive.
  const opening = createPanelServices(early);
  // The app is rendered once the services are built or have failed, so its first render shows the
  // lock gate or the home screen; "Opening…" (main.tsx) stays on screen meanwhile. On a failure the
  // app takes the same promise and shows the store's message, as before (H113).
  opening.then(
    (services) => render(<SidePanelApp loadServices={() => opening} initialServices={services} />, root),
    () => render(<SidePanelApp loadServices={() => opening} />, root),
  );
}
