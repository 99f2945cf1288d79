import { describe, expect, it, vi } from 'vitest';
import {
  INSERT_REQUEST_KEY,
  INSERT_REQUEST_TTL_MS,
  postInsertRequest,
  watchInsertRequests,
  type InsertRequestArea,
  type RecordInsertRequest,
} from '../../../lib/platform/insert-requests';

const NOW = 1_000_000;

function memoryArea(initial: Record<string, unknown> = {}): InsertRequestArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = { ...initial };
  const listeners = new Set<(value: unknown) => void>();
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    async set(items) {
      Object.assign(data, items);
      for (const [key, value] of Object.entries(items)) if (key === INSERT_REQUEST_KEY) listeners.forEach((listener) => listener(value));
    },
    async remove(key) {
      delete data[key];
      if (key === INSERT_REQUEST_KEY) listeners.forEach((listener) => listener(undefined));
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function request(overrides: Partial<RecordInsertRequest> = {}): RecordInsertRequest {
  return { id: 'r1', tabId: 3, frameId: 0, windowId: 7, source: 'context-menu', requestedAt: NOW - 1000, ...overrides };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('insert requests from the record page', () => {
  it('[H24-a] delivers a request made before the panel opened, once, and takes it off the queue', async () => {
    const area = memoryArea({ [INSERT_REQUEST_KEY]: request() });
    const onRequest = vi.fn();
    watchInsertRequests(area, { windowId: 7, now: () => NOW }, onRequest);
    await settle();
    expect(onRequest).toHaveBeenCalledTimes(1);
    expect(onRequest).toHaveBeenCalledWith(request());
    expect(area.data).toEqual({});
  });

  it('delivers new requests while the panel is open', async () => {
    const area = memoryArea();
    const onRequest = vi.fn();
    watchInsertRequests(area, { windowId: 7, now: () => NOW }, onRequest);
    await settle();
    await postInsertRequest(area, request({ id: 'r2', source: 'keyboard', frameId: undefined }));
    await settle();
    expect(onRequest).toHaveBeenCalledWith(request({ id: 'r2', source: 'keyboard', frameId: undefined }));
  });

  it.each([
    { case: 'older than the time limit', value: request({ requestedAt: NOW - INSERT_REQUEST_TTL_MS - 1 }) },
    { case: 'from the future', value: request({ requestedAt: NOW + 60_000 }) },
    { case: "for another window's panel", value: request({ windowId: 8 }) },
    { case: 'malformed', value: { id: 'r1', tabId: 'three' } },
    { case: 'from an unknown source', value: { ...request(), source: 'web-page' } },
  ])('[H24-b] ignores a request $case', async ({ value }) => {
    const onRequest = vi.fn();
    watchInsertRequests(memoryArea({ [INSERT_REQUEST_KEY]: value }), { windowId: 7, now: () => NOW }, onRequest);
    await settle();
    expect(onRequest).not.toHaveBeenCalled();
  });

  it('accepts a request without a window where the panel does not know its own', async () => {
    const onRequest = vi.fn();
    watchInsertRequests(memoryArea({ [INSERT_REQUEST_KEY]: request() }), { windowId: undefined, now: () => NOW }, onRequest);
    await settle();
    expect(onRequest).toHaveBeenCalledTimes(1);
  });

  it('delivers nothing after it is stopped', async () => {
    const area = memoryArea();
    const onRequest = vi.fn();
    const stop = watchInsertRequests(area, { windowId: 7, now: () => NOW }, onRequest);
    stop();
    await postInsertRequest(area, request());
    await settle();
    expect(onRequest).not.toHaveBeenCalled();
  });
});
