import { defineBackground } from '#imports';
import { openPanelFromToolbarButton } from '../lib/platform/side-panel';

export default defineBackground(() => {
  void openPanelFromToolbarButton();
});
