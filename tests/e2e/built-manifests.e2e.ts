import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

function manifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8')) as Record<string, unknown>;
}

describe('the built manifests', () => {
  it('gives Chrome an MV3 side panel opened from a toolbar action', () => {
    const chrome = manifest('chrome-mv3');
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome.action).toBeDefined();
  });

  it('gives Firefox a sidebar', () => {
    const firefox = manifest('firefox-mv2');
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  });
});
