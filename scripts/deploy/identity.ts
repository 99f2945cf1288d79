import { createHash } from 'node:crypto';
import { UNPUBLISHED_FHIR_BASE } from '../../lib/fhir/canonical';

// Who the extension is to browsers, stores and record systems: the one place a trust or a store
// listing changes it (README.md, "Identity"). Build-time only (wxt.config.ts, scripts/package.ts);
// nothing here ships except the values the manifest and the FHIR export carry.
//
// Each value can be replaced at build time by an environment variable, so a trust builds its own
// identity without editing the code:
//
//   PMH_MANIFEST_KEY   base64 DER public key (SubjectPublicKeyInfo). The Chrome/Edge extension id
//                      is derived from it (extensionIdFromKey), so policy can target one stable id.
//                      "none" leaves the key out (a store upload: the store assigns the id).
//   PMH_GECKO_ID       Firefox add-on id.
//   PMH_HOMEPAGE_URL   https address of the publisher's page for the extension (manifest
//                      homepage_url). Not set: the manifest has none (see below).
//   PMH_FHIR_BASE      canonical base of the FHIR Questionnaires and extensions the export points to.

/**
 * The development identity committed here. Only the PUBLIC key is in the repository; the private
 * key that matches it was not kept, so nobody can sign a CRX under this id: it serves unpacked
 * loads, tests and pilot policy only. A store listing or a trust's self-hosted CRX has its own key.
 */
export const DEVELOPMENT_MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzZv+y35tGUCMkexdMh2nnK4kZ3VyEsct2CQCIY/wwizq0Jp64NCnkPmaVArpgDVkFL4WZ6zMJpJfIdomtl94U1uEN1dGMBMMRiq4H0O3RrxN+zNKmndxLx/yRHK73lClSuWJzVnt61Bt8Ef3tVbvIheenYBTc4TtuPbkrN6dFxY/27ud+D2ZKFuoV1aZDCMyIDaNHkxM9bq8zbneBUVSkMYisPkCjJ3QIjr9oxAuTn9nTPa71I86L85PFrCvk8S1B9Dd3wXc+2Zdvh3EJN7QMhTCzXE43s/5ZrIeA1X9ykarfKSC1TAw18LFD9GTSin2ZfDKgXflYsLR6J+XwyENuQIDAQAB';

/** A GUID-form Firefox id needs no domain of ours (Firefox accepts "{uuid}" or "name@domain"). */
export const DEVELOPMENT_GECKO_ID = '{ce4c4ed8-77f7-4927-88bc-d2c3abbc6f0f}';

// The FHIR default (a URN until someone publishes the definitions) is in lib/fhir/canonical.ts.
export { UNPUBLISHED_FHIR_BASE };

export type Identity = {
  /** Base64 DER public key, or null to leave `key` out of the manifest. */
  manifestKey: string | null;
  geckoId: string;
  /** null: no homepage_url in the manifest (there is no publisher page yet). */
  homepageUrl: string | null;
  fhirBase: string;
};

type Env = Record<string, string | undefined>;

/** The identity for this build: environment variables over the development defaults, checked. */
export function buildIdentity(env: Env = process.env): Identity {
  const keyVar = env.PMH_MANIFEST_KEY?.trim();
  const identity: Identity = {
    manifestKey: keyVar === 'none' ? null : keyVar || DEVELOPMENT_MANIFEST_KEY,
    geckoId: env.PMH_GECKO_ID?.trim() || DEVELOPMENT_GECKO_ID,
    homepageUrl: env.PMH_HOMEPAGE_URL?.trim() || null,
    fhirBase: (env.PMH_FHIR_BASE?.trim() || UNPUBLISHED_FHIR_BASE).replace(/\/+$/, ''),
  };
  const problems = identityProblems(identity);
  if (problems.length) throw new Error(`Build identity is not usable:\n- ${problems.join('\n- ')}`);
  return identity;
}

const GECKO_ID = /^(\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}|[A-Za-z0-9._-]*@[A-Za-z0-9._-]+)$/;

export function identityProblems(identity: Identity): string[] {
  const problems: string[] = [];
  if (identity.manifestKey !== null) {
    try {
      extensionIdFromKey(identity.manifestKey);
    } catch (error) {
      problems.push(`PMH_MANIFEST_KEY: ${(error as Error).message}`);
    }
  }
  if (!GECKO_ID.test(identity.geckoId)) problems.push(`PMH_GECKO_ID "${identity.geckoId}" must be "{uuid}" or "name@domain"`);
  if (identity.homepageUrl !== null && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(identity.homepageUrl)) {
    problems.push(`PMH_HOMEPAGE_URL "${identity.homepageUrl}" must be an https address`);
  }
  if (!/^(https:\/\/[^\s]+|urn:[a-z0-9-]+:[^\s]+)$/.test(identity.fhirBase)) {
    problems.push(`PMH_FHIR_BASE "${identity.fhirBase}" must be an https address or a URN`);
  }
  for (const [name, value] of Object.entries({ PMH_GECKO_ID: identity.geckoId, PMH_HOMEPAGE_URL: identity.homepageUrl, PMH_FHIR_BASE: identity.fhirBase })) {
    if (value && /example\.(org|com|net)/i.test(value)) problems.push(`${name} is still an example.org placeholder`);
  }
  return problems;
}

/**
 * Chrome's extension id for a manifest key: SHA-256 of the DER public key, first 128 bits, each
 * hex digit 0-f written as a letter a-p (Chromium's crx_file::id_util::GenerateId). Edge uses
 * the same rule for a given key.
 */
export function extensionIdFromKey(base64Key: string): string {
  const der = Buffer.from(base64Key, 'base64');
  if (der.length < 100 || der.toString('base64') !== base64Key.replace(/\s+/g, '')) {
    throw new Error('not a base64 DER public key');
  }
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}
