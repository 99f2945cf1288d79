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
    expect(await privacy.hasSection(/no data collected, nothing sent/)).toBe(true);
  });

  it("[H97-c] opens What's new from About and exports the FHIR Questionnaires, one per instrument", async () => {
    const launched = await launch();
    const { panel } = await openSidePanel(launched);
    await panel.setPassphrase();
    await panel.openAbout();
    const whatsNew = await panel.openWhatsNew();
    expect(whatsNew).toContain(`What's new in version ${version}`);
    expect(whatsNew).toContain(`Pathway ${PATHWAY_VERSION}`);
    expect(await panel.accessibilityViolations()).toEqual([]);
    await panel.closeWhatsNew();

    // The FHIR Questionnaires are saved as one Bundle, one per instrument, at this pathway version.
    const exported = await panel.exportQuestionnaires();
    expect(exported.filename).toBe(`pmh-questionnaires-${PATHWAY_VERSION}.fhir.json`);
    const bundle = JSON.parse(exported.text) as { entry: { resource: { resourceType: string; version: string } }[] };
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(Array(5).fill('Questionnaire'));
    expect(bundle.entry.every((e) => e.resource.version === PATHWAY_VERSION)).toBe(true);
  });
});
