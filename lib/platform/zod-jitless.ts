// Extension pages run under a CSP without 'unsafe-eval'. Classic Zod 4 otherwise probes
// `new Function` when it builds an object schema, to decide whether to compile validators, which
// the CSP refuses (and reports as a violation). Jitless validation is what it would fall back to
// anyway. The pages now validate with Zod Mini (issue 17), whose objects never compile; the setting
// lives in zod/v4/core, shared by both builds, so it still covers any classic schema a page loads.
// Import this first (tests/e2e/zod-jitless.e2e.ts, H100-c).
//
// Without importing Zod (issue 17): the panel imports this before its home screen, which loads no
// Zod. Zod 4 keeps its configuration on globalThis.__zod_globalConfig, shared by every copy of
// zod/v4/core, and keeps an object already there (core.js: `globalThis.__zod_globalConfig ??= {}`),
// so the setting holds whether Zod loads before or after this (tests/lib/platform/zod-jitless.test.ts
// fails if Zod stops reading it there).
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };
const zodGlobal = globalThis as ZodGlobal;
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;
