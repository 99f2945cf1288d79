import '../../lib/platform/zod-jitless';
import { render } from 'preact';
import { SidePanelApp } from '../../components/side-panel-app';
import { createPanelServices } from './create-services';

export function startPanel(root: HTMLElement): void {
  performance.mark('pmh:panel-code-loaded');
  render(<SidePanelApp loadServices={createPanelServices} />, root);
}
