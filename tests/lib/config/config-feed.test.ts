import { describe, expect, it } from 'vitest';
import { createConfigFeed } from '../../../lib/config/config-feed';
import { resolveConfig } from '../../../lib/config/resolve';

const national = resolveConfig({});
const shorterDrafts = resolveConfig({ options: { configVersion: 1, organisationName: 'Example Community Trust', retention: { draftDays: 3 } } });

describe('the configuration feed of one panel', () => {
  it('tells a new listener the configuration in force now, including a change made before it subscribed', () => {
    const feed = createConfigFeed(national);
    feed.publish(shorterDrafts);
    const heard: number[] = [];
    feed.watch((config) => heard.push(config.config.retention.draftDays));
    expect(heard).toEqual([3]);
    expect(feed.current()).toBe(shorterDrafts);
  });

  it('tells every listener each change, and no longer once it has stopped listening', () => {
    const feed = createConfigFeed(national);
    const heard: number[] = [];
    const stop = feed.watch((config) => heard.push(config.config.retention.draftDays));
    feed.publish(shorterDrafts);
    stop();
    feed.publish(national);
    expect(heard).toEqual([7, 3]);
    expect(feed.current()).toBe(national);
  });
});
