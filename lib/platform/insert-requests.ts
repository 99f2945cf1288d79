import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
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

export const recordInsertRequestSchema = z.object({
  id: z.string().check(z.minLength(1)),
  tabId: z.number().check(z.int()),
  /** The frame of the right-clicked field (context menu); absent for the keyboard command. */
  frameId: z.optional(z.number().check(z.int(), z.nonnegative())),
  windowId: z.optional(z.number().check(z.int())),
  source: z.enum(['context-menu', 'keyboard']),
  requestedAt: z.number(),
});
// The schema's output and the type the background posts are one shape (checked both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameShape: Same<z.infer<typeof recordInsertRequestSchema>, RecordInsertRequest> = true;
void sameShape;

function usable(value: unknown, windowId: number | undefined, now: number): RecordInsertRequest | null {
  const parsed = recordInsertRequestSchema.safeParse(value);
  if (!parsed.success) return null;
  const request = parsed.data;
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
