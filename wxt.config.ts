import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { buildIdentity } from './scripts/deploy/identity';
import { panelManualChunks } from './scripts/build/panel-chunks';

// The manifest is code so that Chrome (MV3, side_panel) and Firefox (MV2, sidebar_action)
// differ in one place. Permissions are listed in README.md with the reason for each; a test
// compares the built manifest with that list.
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The store limit for a manifest description (Chrome Web Store; a test checks the built manifests). */
export const MAX_DESCRIPTION_LENGTH = 132;

/**
 * The oldest Chrome/Edge the built extension runs in (README.md, "Identity"): the side panel
 * (`side_panel`, chrome.sidePanel) needs 114; sidePanel.open(), which the insert shortcut and menu
 * use to bring the panel up, arrived after it, so 116. storage.session (102), scripting (88) and
 * optional_host_permissions are older. Edge follows Chromium's numbers.
 */
export const MINIMUM_CHROME_VERSION = '116';

// Key, Firefox id, homepage and FHIR base: scripts/deploy/identity.ts (environment variables
// PMH_MANIFEST_KEY, PMH_GECKO_ID, PMH_HOMEPAGE_URL, PMH_FHIR_BASE override the defaults).
const identity = buildIdentity();
const packageVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * The side panel paints its frame from a small entry, then imports the panel (issue 17). Listing the
 * panel's chunk and its imports as modulepreload in sidepanel.html lets the browser fetch and compile
 * them while the entry runs, in the order the panel needs them, instead of only once the entry asks.
 */
export function preloadPanelChunks(): Plugin {
  return {
    name: 'pmh-preload-panel-chunks',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !/sidepanel[\\/]index\.html$/.test(context.filename)) return html;
        const chunks = Object.values(context.bundle).filter((item) => item.type === 'chunk');
        // The chunk that holds panel.tsx (Rollup may merge shared modules into it, so it has no facade).
        const panel = chunks.find((chunk) => chunk.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith('entrypoints/sidepanel/panel.tsx')));
        if (!panel) return html;
        const files = [panel.fileName, ...panel.imports];
        const present = new Set([...html.matchAll(/href="\/([^"]+)"/g)].map((match) => match[1]));
        return {
          html,
          tags: files
            .filter((file) => !present.has(file) && !html.includes(`src="/${file}"`))
            .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const })),
        };
      },
    },
  };
}

/**
 * Fewer, larger files on the side panel's home and resume paths (scripts/build/panel-chunks.ts,
 * issue 17). Only for the pages' build: the background and content scripts are single files
 * (inlineDynamicImports), where Rollup allows no manual chunks.
 */
export function groupPanelChunks(): Plugin {
  return {
    name: 'pmh-group-panel-chunks',
    outputOptions(options) {
      if (options.inlineDynamicImports) return null;
      if (options.manualChunks) throw new Error('pmh-group-panel-chunks: another manualChunks is set; merge the two in scripts/build/panel-chunks.ts.');
      return { ...options, manualChunks: panelManualChunks() };
    },
  };
}

export default defineConfig({
  imports: false,
  // Another output folder (tests/e2e/reproducible-build.e2e.ts builds a second copy to compare).
  ...(process.env.PMH_OUT_DIR ? { outDir: process.env.PMH_OUT_DIR } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), groupPanelChunks(), preloadPanelChunks()],
    // lib/fhir reads the canonical base from here, so the built code carries the build's identity.
    // scripts/bench/profile-resume.ts only: source maps, so a CPU profile names source modules.
    ...(process.env.PMH_SOURCEMAP ? { build: { sourcemap: true } } : {}),
    define: { __PMH_FHIR_BASE__: JSON.stringify(identity.fhirBase), __PMH_VERSION__: JSON.stringify(packageVersion) },
  }),
  // `npm start` launches the browser itself (scripts/start.mjs), headless where there is no display.
  webExt: { disabled: true },
  manifest: ({ browser, manifestVersion, command }) => ({
    name: 'PMH Contact Companion',
    short_name: 'PMH Companion',
    // At most MAX_DESCRIPTION_LENGTH characters (the Chrome Web Store rejects longer).
    description:
      'Perinatal mental health prompts for both parents and the parent-infant relationship, and a summary for the record. Sends nothing.',
    ...(identity.homepageUrl ? { homepage_url: identity.homepageUrl } : {}),
    // Chrome/Edge: a fixed key gives a fixed extension id, so policy can name it (README.md, "Identity").
    ...(browser !== 'firefox' && identity.manifestKey ? { key: identity.manifestKey } : {}),
    ...(browser !== 'firefox' ? { minimum_chrome_version: MINIMUM_CHROME_VERSION } : {}),
    // The toolbar button opens the side panel (Chrome needs an `action` key for that).
    action: { default_title: 'Open PMH Contact Companion' },
    // activeTab + scripting + contextMenus: insert the summary at the caret in the record (issue 5).
    // alarms: forget on schedule even when the panel stays closed. unlimitedStorage: the browser
    // must not evict unsaved contact answers under disk pressure (issue 6).
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'unlimitedStorage'],
    // Asked for at run time, for one record site at a time, when the practitioner lets the panel's
    // Insert button work there; never at install. Firefox MV2 lists optional origins under
    // optional_permissions (WXT drops optional_host_permissions from MV2 builds).
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // Must match INSERT_COMMAND in lib/platform/insert-commands.ts. Not Alt+Shift+I: Chrome uses it
    // for its feedback form on Windows, Linux and ChromeOS.
    commands: {
      'insert-summary': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: 'Insert the contact summary at the cursor in the record',
      },
    },
    // Extension pages may run only the extension's own scripts and may connect nowhere: the
    // extension sends nothing over the network (issue 6). Dev mode (wxt) keeps WXT's own policy.
    ...(command === 'build'
      ? {
          content_security_policy:
            manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
        }
      : {}),
    // Chrome/Edge enterprise policy can set the organisation's configuration (docs/configuration.md).
    // Firefox reads policy from policies.json and has no managed_schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: identity.geckoId,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
