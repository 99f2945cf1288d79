import { describe, expect, it } from 'vitest';
import { buildIdentity, DEVELOPMENT_GECKO_ID, DEVELOPMENT_MANIFEST_KEY, extensionIdFromKey, UNPUBLISHED_FHIR_BASE } from '../../scripts/deploy/identity';

// scripts/deploy/identity.ts: the build identity (README.md, "Identity"). The built manifests are
// checked in tests/e2e/built-manifests.e2e.ts.

describe('extensionIdFromKey', () => {
  it('[H75-d] follows Chromium: sha256 of the DER key, first 32 hex digits written a-p', () => {
    // Cross-checked against the id Chromium gives the built extension (built-manifests.e2e.ts, H75-b).
    expect(extensionIdFromKey(DEVELOPMENT_MANIFEST_KEY)).toBe('cilidjmpmofbdaakeediecloihhdbpod');
    expect(extensionIdFromKey(DEVELOPMENT_MANIFEST_KEY)).toMatch(/^[a-p]{32}$/);
  });

  it('refuses something that is not a base64 key', () => {
    expect(() => extensionIdFromKey('not a key')).toThrow('not a base64 DER public key');
  });
});

describe('buildIdentity', () => {
  it('uses the development identity when nothing is set: a key, a GUID gecko id, no homepage, the unpublished FHIR URN', () => {
    expect(buildIdentity({})).toEqual({
      manifestKey: DEVELOPMENT_MANIFEST_KEY,
      geckoId: DEVELOPMENT_GECKO_ID,
      homepageUrl: null,
      fhirBase: UNPUBLISHED_FHIR_BASE,
    });
  });

  it('takes a trust\'s own identity from the environment', () => {
    expect(
      buildIdentity({
        PMH_MANIFEST_KEY: 'none',
        PMH_GECKO_ID: 'pmh-companion@trust.nhs.uk',
        PMH_HOMEPAGE_URL: 'https://trust.nhs.uk/pmh-companion',
        PMH_FHIR_BASE: 'https://fhir.trust.nhs.uk/pmh/',
      }),
    ).toEqual({
      manifestKey: null,
      geckoId: 'pmh-companion@trust.nhs.uk',
      homepageUrl: 'https://trust.nhs.uk/pmh-companion',
      fhirBase: 'https://fhir.trust.nhs.uk/pmh',
    });
  });

  it.each([
    [{ PMH_GECKO_ID: 'pmh-contact-companion@example.org' }, 'PMH_GECKO_ID is still an example.org placeholder'],
    [{ PMH_FHIR_BASE: 'http://example.org/fhir' }, 'PMH_FHIR_BASE "http://example.org/fhir" must be an https address or a URN'],
    [{ PMH_HOMEPAGE_URL: 'http://trust.nhs.uk' }, 'must be an https address'],
    [{ PMH_GECKO_ID: 'no-at-sign' }, 'must be "{uuid}" or "name@domain"'],
    [{ PMH_MANIFEST_KEY: 'abc' }, 'PMH_MANIFEST_KEY: not a base64 DER public key'],
  ])('stops the build with a clear message: %o', (env, message) => {
    expect(() => buildIdentity(env)).toThrow(message);
  });
});
