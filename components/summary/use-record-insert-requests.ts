import { useEffect, useRef } from 'preact/hooks';
import {
  browserInsertRequestArea,
  panelWindowId,
  watchInsertRequests,
  type InsertRequestArea,
  type RecordInsertRequest,
} from '../../lib/platform/insert-requests';

export type { RecordInsertRequest };

export type UseRecordInsertRequestsOptions = {
  /** Tests pass an in-memory area; the panel uses storage.session. */
  area?: InsertRequestArea;
  windowId?: () => Promise<number | undefined>;
};

/**
 * Mount once at the panel's top level. Calls `onRequest` when the practitioner asks, from the
 * record page, to insert the summary (context menu "Insert contact summary here" or the keyboard
 * command), including a request made just before the panel opened. The app then shows the summary
 * screen and passes the request to <RecordOutput insertRequest=…>, which runs the wrong-family
 * check before anything is inserted. Each request is delivered once.
 */
export function useRecordInsertRequests(onRequest: (request: RecordInsertRequest) => void, options: UseRecordInsertRequestsOptions = {}): void {
  const latest = useRef(onRequest);
  latest.current = onRequest;
  const { area, windowId } = options;
  useEffect(() => {
    const source = area ?? browserInsertRequestArea();
    if (!source) return undefined;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void (windowId ?? panelWindowId)().then((id) => {
      if (cancelled) return;
      stop = watchInsertRequests(source, { windowId: id }, (request) => latest.current(request));
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [area, windowId]);
}
