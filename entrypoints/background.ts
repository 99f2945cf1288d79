import { defineBackground } from '#imports';
import { openPanelFromToolbarButton } from '../lib/platform/side-panel';
import { registerInsertCommands } from '../lib/platform/insert-commands';

export default defineBackground(() => {
  void openPanelFromToolbarButton();
  registerInsertCommands();
});
