import { config } from 'zod/mini';

// Extension pages run under a CSP without 'unsafe-eval'. Classic Zod 4 otherwise probes
// `new Function` when it builds an object schema, to decide whether to compile validators, which
// the CSP refuses (and reports as a violation). Jitless validation is what it would fall back to
// anyway. The pages now validate with Zod Mini (issue 17), whose objects never compile; the setting
// lives in zod/v4/core, shared by both builds, so it still covers any classic schema a page loads.
// Import this first (tests/e2e/zod-jitless.e2e.ts, H100-c).
config({ jitless: true });
