import { config } from 'zod/mini';

// Extension pages run under a CSP without 'unsafe-eval'. Zod 4 otherwise probes `new Function` on
// its first parse to decide whether to compile validators, which the CSP refuses (and reports as a
// violation). Jitless validation is what it would fall back to anyway. Import this first.
config({ jitless: true });
