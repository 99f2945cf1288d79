// First, before anything renders: no form state in the browser's session-restore files.
import '../../components/no-form-restore';
import '../../lib/platform/zod-jitless';
import { render } from 'preact';
import { OptionsPage } from '../../components/options/options-page';
import { createBrowserConfigStore } from '../../lib/platform/browser-config-store';
import '../../components/styles.css';

const root = document.getElementById('app');
if (root) render(<OptionsPage store={createBrowserConfigStore()} />, root);
