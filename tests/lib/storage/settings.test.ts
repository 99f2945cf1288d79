import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCAL_SETTINGS, createSettingsStore } from '../../../lib/storage/settings';
import { fakeBrowserProfile } from './helpers';

describe('local settings', () => {
  it('starts from the defaults (idle lock 15 minutes)', async () => {
    expect(await createSettingsStore(fakeBrowserProfile().open()).get()).toEqual(DEFAULT_LOCAL_SETTINGS);
    expect(DEFAULT_LOCAL_SETTINGS.idleLockMinutes).toBe(15);
  });

  it('stores a valid change and refuses an invalid one', async () => {
    const profile = fakeBrowserProfile();
    const settings = createSettingsStore(profile.open());
    await settings.update({ idleLockMinutes: 5 });
    expect(await createSettingsStore(profile.open()).get()).toEqual({ idleLockMinutes: 5 });
    await expect(settings.update({ idleLockMinutes: 0 })).rejects.toThrow();
    await expect(settings.update({ idleLockMinutes: 600 })).rejects.toThrow();
  });

  it('falls back to the defaults for an unreadable stored value', async () => {
    const db = fakeBrowserProfile().open();
    await db.settings.put({ key: 'local', value: { idleLockMinutes: 'soon' } });
    expect(await createSettingsStore(db).get()).toEqual(DEFAULT_LOCAL_SETTINGS);
  });
});
