import * as z from 'zod/mini';
import type { RecordInsertRequest } from './insert-request-post';

// The insert request's shape as a schema: what asInsertRequest (insert-requests.ts) checks by hand
// so that the panel loads no Zod before its home screen (issue 17). tests/lib/platform/insert-requests.test.ts
// holds the two to one table.

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
