import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

// Finds a Chromium-family browser for `npm start`, the end-to-end tests and the benchmark.
// Test tools cannot download browsers on our machines, so we use whatever is installed.

export const BROWSER_ENV = 'PMH_BROWSER';

const commandNames = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
];

const wellKnownPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export const BROWSER_NOT_FOUND_MESSAGE =
  `No Chromium-family browser found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set ${BROWSER_ENV}=/path/to/chrome.`;

export class BrowserNotFoundError extends Error {
  constructor(detail?: string) {
    super(detail ? `${BROWSER_NOT_FOUND_MESSAGE} (${detail})` : BROWSER_NOT_FOUND_MESSAGE);
    this.name = 'BrowserNotFoundError';
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string, pathVariable: string): string | undefined {
  for (const dir of pathVariable.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** The environment variable, then commands on PATH, then well-known install locations. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[BROWSER_ENV]?.trim();
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new BrowserNotFoundError(`${BROWSER_ENV}=${fromEnv} is not an executable file`);
  }
  for (const command of commandNames) {
    const found = onPath(command, env.PATH ?? '');
    if (found) return found;
  }
  const known = wellKnownPaths.find(isExecutable);
  if (known) return known;
  throw new BrowserNotFoundError();
}
