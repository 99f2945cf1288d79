import { browser } from 'wxt/browser';
import { INSERT_REQUEST_KEY, INSERT_REQUEST_TTL_MS, type InsertRequestArea, type RecordInsertRequest } from './insert-request-post';

export {
  browserInsertRequestArea,
  INSERT_REQUEST_KEY,
  INSERT_REQUEST_TTL_MS,
  postInsertRequest,
  type InsertRequestArea,
  type RecordInsertRequest,
} from './insert-request-post';

// "Insert the summary here", asked for from the record page (context menu or keyboard command),
// travels from the background to the panel through storage.session: the background holds no
// contact (the panel has it, decrypted, in memory) and the panel may not be open yet when the
// request is made. storage.session is memory-only, emptied when the browser closes, and out of
// reach of web pages; the request holds only tab and frame numbers, never clinical text.

/**
 * A request as read from storage.session, checked by hand as recordInsertRequestSchema
 * (insert-request-schema.ts) checks it, so the panel compiles no Zod before its home screen
 * (issue 17): a test holds the two checks to one table. Null when it is not a request.
 */
export function asInsertRequest(value: unknown): RecordInsertRequest | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { id, tabId, frameId, windowId, source, requestedAt } = value as Record<string, unknown>;
  const isInt = (n: unknown): n is number => Number.isSafeInteger(n);
  if (typeof id !== 'string' || id.length < 1) return null;
  if (!isInt(tabId)) return null;
  if (frameId !== undefined && !(isInt(frameId) && frameId >= 0)) return null;
  if (windowId !== undefined && !isInt(windowId)) return null;
  if (source !== 'context-menu' && source !== 'keyboard') return null;
  if (typeof requestedAt !== 'number' || !Number.isFinite(requestedAt)) return null;
  return {
    id,
    tabId,
    ...(frameId !== undefined ? { frameId } : {}),
    ...(windowId !== undefined ? { windowId } : {}),
    source,
    requestedAt,
  };
}

function usable(value: unknown, windowId: number | undefined, now: number): RecordInsertRequest | null {
  const request = asInsertRequest(value);
  if (!request) return null;
  if (now - request.requestedAt > INSERT_REQUEST_TTL_MS || request.requestedAt - now > 5_000) return null;
  // Each browser window has its own panel; a request belongs to the panel beside its tab.
  if (windowId !== undefined && request.windowId !== undefined && request.windowId !== windowId) return null;
  return request;
}

/**
 * Calls `onRequest` for a waiting request (the panel just opened because of it) and for each new
 * one, and takes each off the queue so that it is handled once. Returns the unsubscribe function.
 */
export function watchInsertRequests(
  area: InsertRequestArea,
  options: { windowId: number | undefined; now?: () => number },
  onRequest: (request: RecordInsertRequest) => void,
): () => void {
  const now = options.now ?? Date.now;
  let stopped = false;
  const seen = new Set<string>();
  const take = (value: unknown) => {
    if (stopped) return;
    const request = usable(value, options.windowId, now());
    if (!request || seen.has(request.id)) return;
    seen.add(request.id);
    void area.remove(INSERT_REQUEST_KEY).catch(() => undefined);
    onRequest(request);
  };
  const unsubscribe = area.onChanged(take);
  void area
    .get(INSERT_REQUEST_KEY)
    .then((items) => take(items[INSERT_REQUEST_KEY]))
    .catch(() => undefined);
  return () => {
    stopped = true;
    unsubscribe();
  };
}

/** The browser window that hosts this panel (each window has its own side panel). */
export async function panelWindowId(): Promise<number | undefined> {
  try {
    return (await browser.windows.getCurrent()).id;
  } catch {
    return undefined;
  }
}
