import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findBrowser } from '../../../scripts/support/find-browser';

// Fail once, clearly, before any test launches a browser.
export default function setup() {
  findBrowser();
  if (!existsSync(resolve('.output/chrome-mv3/manifest.json'))) {
    throw new Error('No built extension in .output/chrome-mv3: run `npm run build` (npm test does this for you).');
  }
}
