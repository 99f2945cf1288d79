import { copyText, writeClipboard } from './clipboard';
import type { RecordInsertion } from './record-insertion';

// Inserting into the record (record-insertion.ts with content/insert-at-caret.ts, the function sent
// into the record's page) is needed only from the summary, so its code is loaded on the first
// insert, or earlier when the summary opens (`prefetch`), not before the home screen or a resumed
// question (issue 17). Copy never waits for it: it is the way out when inserting fails (H102).
//
// Once loaded, every call goes straight through, in the same task: asking for a record site's
// permission must happen within the practitioner's click (record-insertion.ts), and it is only
// offered after an insert, by which time the code is here.

export type OnDemandRecordInsertion = RecordInsertion & {
  /** Start loading the insertion code now (the summary is open: Insert is likely next). */
  prefetch(): void;
};

export function createOnDemandRecordInsertion(
  importInsertion: () => Promise<RecordInsertion>,
  write: (text: string) => Promise<void> = writeClipboard,
): OnDemandRecordInsertion {
  let loading: Promise<RecordInsertion> | undefined;
  let loaded: RecordInsertion | undefined;
  const load = () =>
    (loading ??= importInsertion().then(
      (insertion) => (loaded = insertion),
      (error: unknown) => {
        loading = undefined; // the next insert tries afresh
        throw error;
      },
    ));
  const withInsertion = <R>(use: (insertion: RecordInsertion) => Promise<R>): Promise<R> => (loaded ? use(loaded) : load().then(use));
  return {
    // A failed load rejects: the summary says the summary could not be inserted and to use Copy.
    insertIntoRecord: (request) => withInsertion((insertion) => insertion.insertIntoRecord(request)),
    requestRecordSiteAccess: (origin) => withInsertion((insertion) => insertion.requestRecordSiteAccess(origin)).catch(() => 'failed' as const),
    recordSiteAccess: (tabId) => withInsertion((insertion) => insertion.recordSiteAccess(tabId)),
    copyToClipboard: (text) => copyText(text, write),
    prefetch: () => void load().catch(() => undefined),
  };
}

let panelInsertion: OnDemandRecordInsertion | undefined;
/** The panel's instance over the real browser APIs (no browser calls and no loading at import). */
export function recordInsertion(): OnDemandRecordInsertion {
  panelInsertion ??= createOnDemandRecordInsertion(() => import('./record-insertion').then((module) => module.recordInsertion()));
  return panelInsertion;
}
