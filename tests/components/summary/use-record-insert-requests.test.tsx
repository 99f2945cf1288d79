// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRecordInsertRequests } from '../../../components/summary/use-record-insert-requests';
import { INSERT_REQUEST_KEY, postInsertRequest, type InsertRequestArea, type RecordInsertRequest } from '../../../lib/platform/insert-requests';

afterEach(() => cleanup());

function memoryArea(initial: Record<string, unknown> = {}): InsertRequestArea {
  const data: Record<string, unknown> = { ...initial };
  const listeners = new Set<(value: unknown) => void>();
  return {
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    async set(items) {
      Object.assign(data, items);
      if (INSERT_REQUEST_KEY in items) listeners.forEach((listener) => listener(items[INSERT_REQUEST_KEY]));
    },
    async remove(key) {
      delete data[key];
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const NOW = Date.now();
const request = (id: string): RecordInsertRequest => ({ id, tabId: 3, windowId: 1, source: 'keyboard', requestedAt: NOW });

function Listener({ area, onRequest }: { area: InsertRequestArea; onRequest(request: RecordInsertRequest): void }) {
  useRecordInsertRequests(onRequest, { area, windowId: async () => 1 });
  return null;
}

describe('listening for inserts asked for from the record page', () => {
  it('[H24-e] hands the app a request waiting when the panel opens, and later ones, each once', async () => {
    const area = memoryArea({ [INSERT_REQUEST_KEY]: request('first') });
    const onRequest = vi.fn();
    render(<Listener area={area} onRequest={onRequest} />);
    await waitFor(() => expect(onRequest).toHaveBeenCalledWith(request('first')));
    await postInsertRequest(area, request('second'));
    await waitFor(() => expect(onRequest).toHaveBeenCalledTimes(2));
    expect(onRequest).toHaveBeenLastCalledWith(request('second'));
  });

  it('stops listening when unmounted', async () => {
    const area = memoryArea();
    const onRequest = vi.fn();
    const { unmount } = render(<Listener area={area} onRequest={onRequest} />);
    await new Promise((done) => setTimeout(done, 0));
    unmount();
    await postInsertRequest(area, request('late'));
    await new Promise((done) => setTimeout(done, 0));
    expect(onRequest).not.toHaveBeenCalled();
  });
});
