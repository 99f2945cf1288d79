import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { insertAtCaret, type InsertAtCaretRequest, type InsertAtCaretResult, type InsertAttempt } from '../../content/insert-at-caret';
import { copyText, writeClipboard, type CopyResult } from './clipboard';
import {
  EDITOR_KINDS,
  INSERT_METHODS,
  READ_BACKS,
  judgeInsertion,
  summaryHtmlByEditor,
  undoProven,
  type EditorKind,
  type InsertMethod,
  type Verdict,
} from './insert-verification';

// Putting the summary into the record (issue 5): the one place that talks to `scripting`,
// `permissions`, `tabs` and the clipboard for it. The panel calls these from click handlers.
//
// Access to the record's page, without install-time host permissions:
// - a context-menu click or the keyboard command grants `activeTab` for that tab (until it
//   navigates to another site); the background passes that tab/frame to the panel;
// - a click inside the side panel does NOT grant activeTab (checked in Chromium 156, and no
//   browser documents otherwise), so the panel's own button works only where access already
//   exists: an earlier menu/command on the same page, or the optional permission for that one
//   record site, which the practitioner grants from the panel (`requestRecordSiteAccess`).

export type RecordTarget = { tabId: number; frameId?: number };

export type InsertRequest = { text: string; tabId?: number; frameId?: number };

/** The summary is in the field exactly once, at the caret, everything else intact (read back). */
export type InsertedResult = {
  status: 'inserted';
  editor: EditorKind;
  method: InsertMethod;
  fieldLabel: string;
  /** True only where the e2e tests prove that one Ctrl+Z removes exactly the insertion (UNDO_PROVEN). */
  undoable: boolean;
};

/**
 * The field was read back and the summary is not there as it should be: `nothing` went in, or the
 * field changed in another way (`changed`, `repeated`, `surroundings-changed`), or the page could
 * not say where the caret was (`unverifiable`).
 */
export type NotInsertedResult = {
  status: 'not-inserted';
  editor: EditorKind;
  fieldLabel: string;
  what: Exclude<Verdict['kind'], 'inserted'>;
};

export type InsertIntoRecordResult =
  | InsertedResult
  | NotInsertedResult
  | Exclude<InsertAtCaretResult, InsertAttempt>
  /** The panel's window has no web page in front (or only the extension's own pages). */
  | { status: 'no-record-page' }
  /**
   * The companion may not touch this page yet. `origin` is known only when the browser lets us
   * see the tab's address; `accessRequestShown` says the browser now offers "Allow" in its
   * extensions menu (Chrome 133+, `permissions.addHostAccessRequest`).
   */
  | { status: 'needs-permission'; origin: string | null; accessRequestShown: boolean }
  /** Browser pages, the web store, PDF viewers: no extension may insert there. */
  | { status: 'cannot-insert-here' }
  /** The tab was closed or the frame went away between the request and the insertion. */
  | { status: 'record-page-changed' };

export type { CopyResult };

export type SiteAccessResult = 'granted' | 'refused' | 'failed';

/** The record site and whether the panel's button may insert there without a menu or shortcut. */
export type RecordSiteAccess = { origin: string; pattern: string; granted: boolean };

/** The browser operations this module needs; tests pass fakes. */
export type RecordInsertionDeps = {
  /** Runs insertAtCaret in one frame and returns what the page returned (not yet trusted). */
  runInFrame(target: { tabId: number; frameId: number }, request: InsertAtCaretRequest): Promise<unknown>;
  /** The window that hosts the panel, when the browser says. */
  currentWindowId(): Promise<number | undefined>;
  activeTab(windowId: number | undefined): Promise<{ id?: number; url?: string } | undefined>;
  /** The tab's address, only visible when we already have access to it. */
  tabUrl(tabId: number): Promise<string | undefined>;
  hasOrigins(patterns: string[]): Promise<boolean>;
  /** Must be called synchronously from a click handler: both browsers require a user gesture. */
  requestOrigins(patterns: string[]): Promise<boolean>;
  addHostAccessRequest?: (tabId: number) => Promise<void>;
  writeClipboard(text: string): Promise<void>;
  /** Our own pages' origin, to avoid inserting into the panel itself when it is opened as a tab. */
  extensionOrigin: string;
  wait(ms: number): Promise<void>;
};

// Built on the first insertion, not at module load (issue 17): the panel loads this module at start.
let insertAtCaretResultSchema: z.ZodMiniType<InsertAtCaretResult> | undefined;
function insertAtCaretResult(): z.ZodMiniType<InsertAtCaretResult> {
  return (insertAtCaretResultSchema ??= buildInsertAtCaretResultSchema());
}
function buildInsertAtCaretResultSchema(): z.ZodMiniType<InsertAtCaretResult> {
  const label = z.string();
  // The page's answer crosses a boundary (it runs beside the record's own scripts), so it is parsed.
  const snapshot = z.object({ text: z.string(), start: z.nullable(z.number().check(z.int(), z.nonnegative())), end: z.nullable(z.number().check(z.int(), z.nonnegative())) });
  return z.union([
    z.object({
      status: z.literal('attempted'),
      editor: z.enum(EDITOR_KINDS),
      readBack: z.enum(READ_BACKS),
      fieldLabel: label,
      method: z.nullable(z.enum(INSERT_METHODS)),
      tried: z.array(z.enum(INSERT_METHODS)),
      before: snapshot,
      after: snapshot,
    }),
    z.object({
      status: z.literal('no-editable-focused'),
      reason: z.enum(['nothing-focused', 'not-editable', 'unsupported-field', 'cross-origin-frame', 'no-caret']),
    }),
    z.object({
      status: z.literal('does-not-fit'),
      reason: z.literal('too-long'),
      maxLength: z.number(),
      available: z.number(),
      needed: z.number(),
      fieldLabel: label,
    }),
    z.object({ status: z.literal('does-not-fit'), reason: z.literal('single-line'), fieldLabel: label }),
    z.object({ status: z.literal('read-only'), fieldLabel: label }),
    z.object({ status: z.literal('failed'), reason: z.string() }),
  ]);
}

/** "https://record.example.nhs.uk/patients/1" → "https://record.example.nhs.uk/*"; null for non-web pages. */
export function recordSitePattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  // Match patterns take no port in Firefox, and one site is one host whatever the port.
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

function recordOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

type Attempt =
  | { kind: 'done'; result: InsertIntoRecordResult }
  | { kind: 'no-access' }
  | { kind: 'restricted' }
  | { kind: 'gone' }
  | { kind: 'error'; reason: string };

/**
 * What the panel may say about one attempt: "inserted" only when the reading back shows the
 * summary exactly once at the caret with the practitioner's text around it intact (issue 12).
 */
export function judged(result: InsertAtCaretResult, text: string): InsertIntoRecordResult {
  if (result.status !== 'attempted') return result;
  const verdict = judgeInsertion(result.before, result.after, text);
  if (verdict.kind === 'inserted' && result.method !== null) {
    return { status: 'inserted', editor: result.editor, method: result.method, fieldLabel: result.fieldLabel, undoable: undoProven(result.editor, result.method) };
  }
  return { status: 'not-inserted', editor: result.editor, fieldLabel: result.fieldLabel, what: verdict.kind === 'inserted' ? 'unverifiable' : verdict.kind };
}

// Error texts differ by browser; these cover Chrome ("Cannot access contents of the page…",
// "Cannot access a chrome:// URL", "The extensions gallery cannot be scripted") and Firefox
// ("Missing host permission for the tab", "Frame not found, or missing host permission").
function classifyError(error: unknown): Attempt {
  const message = error instanceof Error ? error.message : String(error);
  if (/chrome:\/\/|edge:\/\/|about:|extensions gallery|cannot be scripted|chrome-extension:|moz-extension:|webstore|addons\.mozilla/i.test(message)) {
    return { kind: 'restricted' };
  }
  if (/no tab with id|no frame with id|frame with id .* (was removed|not found)|tab was closed|invalid tab id/i.test(message)) return { kind: 'gone' };
  if (/cannot access|permission/i.test(message)) return { kind: 'no-access' };
  return { kind: 'error', reason: message };
}

export function createRecordInsertion(deps: RecordInsertionDeps) {
  async function attempt(target: { tabId: number; frameId: number }, text: string): Promise<Attempt> {
    try {
      const answer = await deps.runInFrame(target, { text, html: summaryHtmlByEditor(text) });
      const parsed = insertAtCaretResult().safeParse(answer);
      return parsed.success ? { kind: 'done', result: judged(parsed.data, text) } : { kind: 'error', reason: 'The record page gave an unexpected answer.' };
    } catch (error) {
      return classifyError(error);
    }
  }

  async function resolveTarget(request: InsertRequest): Promise<RecordTarget | null> {
    if (request.tabId !== undefined) return { tabId: request.tabId, frameId: request.frameId };
    const tab = await deps.activeTab(await deps.currentWindowId());
    if (tab?.id === undefined) return null;
    if (tab.url?.startsWith(deps.extensionOrigin)) return null;
    return { tabId: tab.id };
  }

  /**
   * Inserts `text` at the caret of the focused field: in the tab/frame of a context-menu click or
   * keyboard command when given, otherwise in the page in front of the panel's window.
   */
  async function insertIntoRecord(request: InsertRequest): Promise<InsertIntoRecordResult> {
    const target = await resolveTarget(request);
    if (!target) return { status: 'no-record-page' };
    const frame = { tabId: target.tabId, frameId: target.frameId ?? 0 };
    let outcome = await attempt(frame, request.text);
    if (outcome.kind === 'no-access' && request.tabId !== undefined) {
      // A menu click or command grants activeTab a moment after its event fires: in Chromium 156
      // an executeScript made at once is refused and the same call 300 ms later succeeds.
      await deps.wait(300);
      outcome = await attempt(frame, request.text);
    }
    switch (outcome.kind) {
      case 'done':
        return outcome.result;
      case 'restricted':
        return { status: 'cannot-insert-here' };
      case 'gone':
        return { status: 'record-page-changed' };
      case 'error':
        return { status: 'failed', reason: outcome.reason };
      case 'no-access': {
        const url = await deps.tabUrl(target.tabId).catch(() => undefined);
        if (url && !recordOrigin(url)) return { status: 'cannot-insert-here' };
        const origin = url ? recordOrigin(url) : null;
        let accessRequestShown = false;
        if (!origin && deps.addHostAccessRequest) {
          try {
            await deps.addHostAccessRequest(target.tabId);
            accessRequestShown = true;
          } catch {
            accessRequestShown = false;
          }
        }
        return { status: 'needs-permission', origin, accessRequestShown };
      }
    }
  }

  /**
   * Asks the browser for the optional permission for this one record site (never all sites).
   * Call it directly in a click handler: the request is made before any await, because Firefox
   * and Chrome accept it only during the user's gesture.
   */
  function requestRecordSiteAccess(origin: string): Promise<SiteAccessResult> {
    const pattern = recordSitePattern(origin);
    if (!pattern) return Promise.resolve('failed');
    return deps.requestOrigins([pattern]).then(
      (granted): SiteAccessResult => (granted ? 'granted' : 'refused'),
      (): SiteAccessResult => 'failed',
    );
  }

  /** For a tab we can see (after a menu click or command): its site and whether the button may insert there. */
  async function recordSiteAccess(tabId: number): Promise<RecordSiteAccess | null> {
    const url = await deps.tabUrl(tabId).catch(() => undefined);
    const origin = url ? recordOrigin(url) : null;
    const pattern = url ? recordSitePattern(url) : null;
    if (!origin || !pattern) return null;
    const granted = await deps.hasOrigins([pattern]).catch(() => false);
    return { origin, pattern, granted };
  }

  /** Copies from the panel on the practitioner's click (no clipboardWrite permission needed). */
  function copyToClipboard(text: string): Promise<CopyResult> {
    return copyText(text, deps.writeClipboard);
  }

  return { insertIntoRecord, requestRecordSiteAccess, recordSiteAccess, copyToClipboard };
}

export type RecordInsertion = ReturnType<typeof createRecordInsertion>;

type ChromeOnlyPermissions = { addHostAccessRequest?: (request: { tabId: number }) => Promise<void> };

export function browserRecordInsertionDeps(): RecordInsertionDeps {
  const permissions = browser.permissions as typeof browser.permissions & ChromeOnlyPermissions;
  return {
    async runInFrame(target, request) {
      const injection = { target: { tabId: target.tabId, frameIds: [target.frameId] }, func: insertAtCaret, args: [request] as [InsertAtCaretRequest] };
      // The page's MAIN world, where the editors' own APIs are (Chrome 95+, Firefox 128+). A
      // browser that refuses the option gets the isolated world, where the function reads the DOM.
      let results;
      try {
        results = await browser.scripting.executeScript({ ...injection, world: 'MAIN' });
      } catch (error) {
        if (!/world/i.test(error instanceof Error ? error.message : String(error))) throw error;
        results = await browser.scripting.executeScript(injection);
      }
      return results[0]?.result;
    },
    async currentWindowId() {
      try {
        return (await browser.windows.getCurrent()).id;
      } catch {
        return undefined;
      }
    },
    async activeTab(windowId) {
      const [tab] = await browser.tabs.query(windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId });
      return tab;
    },
    async tabUrl(tabId) {
      return (await browser.tabs.get(tabId)).url;
    },
    hasOrigins: (origins) => browser.permissions.contains({ origins }),
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    addHostAccessRequest: permissions.addHostAccessRequest ? (tabId) => permissions.addHostAccessRequest!({ tabId }) : undefined,
    writeClipboard,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    wait: (ms) => new Promise((done) => setTimeout(done, ms)),
  };
}

let defaultInsertion: RecordInsertion | undefined;
/** The panel's instance over the real browser APIs, made on first use (no browser calls at import). */
export function recordInsertion(): RecordInsertion {
  defaultInsertion ??= createRecordInsertion(browserRecordInsertionDeps());
  return defaultInsertion;
}
