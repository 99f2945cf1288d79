import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PATHWAY_VERSION } from '../../lib/pathway/version';
import { launch, openSidePanel } from './support/extension';

// About this extension and the privacy statement, in the built extension (issue 15).

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('About this extension', () => {
  it('[H79-a] opens from the panel with the version, the pathway version and the draft safety status, and links the privacy statement', async () => {
    const launched = await launch();
    const { panel } = await openSidePanel(launched);
    await panel.setPassphrase();
    await panel.openAbout();
    expect(await panel.aboutVersions()).toEqual({ version, pathwayVersion: PATHWAY_VERSION });
    if (PATHWAY_VERSION.endsWith('-draft')) expect(await panel.aboutSafetyStatus()).toContain('Draft: not for clinical use');
    expect(await panel.accessibilityViolations()).toEqual([]);

    const privacy = await panel.openPrivacyStatement();
    expect(privacy.url()).toBe(`chrome-extension://${launched.extensionId}/privacy.html`);
    expect(await privacy.getByRole('heading', { level: 2, name: /no data collected, nothing sent/ }).isVisible()).toBe(true);
  });
});
