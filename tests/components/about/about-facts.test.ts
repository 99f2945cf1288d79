import { describe, expect, it } from 'vitest';
import { safetyStatus } from '../../../components/about/about-facts';
import { PATHWAY_VERSION } from '../../../lib/pathway/version';

// The clinical safety status the About screen shows (components/about/about-facts.ts).

describe('the clinical safety status the About screen shows', () => {
  it('[H79-b] is "draft, not for clinical use" while the pathway version is a draft, and names the CSO sign-off', () => {
    const status = safetyStatus('2026.3.0-draft');
    expect(status.draft).toBe(true);
    expect(status.headline).toBe('Draft: not for clinical use');
    expect(status.detail).toContain('clinical safety officer');
  });

  it("still asks for the organisation's own sign-off once the pathway is no longer a draft", () => {
    expect(safetyStatus('2027.1.0').draft).toBe(false);
    expect(safetyStatus('2027.1.0').detail).toContain('DCB0160');
  });

  it('follows the pathway version of this build', () => {
    expect(safetyStatus().draft).toBe(PATHWAY_VERSION.endsWith('-draft'));
  });
});
