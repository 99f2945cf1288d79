// The storage.local keys of the configuration, apart from config-store.ts so the background can read
// them without the schema (issue 17).

/** The one storage.local key holding the options-page document; one key so a save is one write. */
export const OPTIONS_CONFIG_KEY = 'organisationConfig';
