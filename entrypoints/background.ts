// No Zod, Dexie or schema here (issue 17): the purge and the insert requests have Zod-free paths.
import { defineBackground } from '#imports';
import { openPanelFromToolbarButton } from '../lib/platform/side-panel';
import { registerInsertCommands } from '../lib/platform/insert-commands';
import { registerRetentionPurge } from '../lib/platform/retention-purge';

export default defineBackground(() => {
  void openPanelFromToolbarButton();
  registerInsertCommands();
  registerRetentionPurge();
});
