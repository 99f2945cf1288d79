// The pathway version contacts record with their answers. Its own module so the panel's start
// screen can stamp a new contact without loading the whole pathway.
// Bump it whenever a rule, threshold, wording or id changes.
export const PATHWAY_VERSION = '2026.5.0-draft';
