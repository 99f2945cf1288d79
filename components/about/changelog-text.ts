// CHANGELOG.md, bundled as text. Loaded on demand (import()) so the panel's first screen does not carry it.
import changelog from '../../CHANGELOG.md?raw';
import { parseChangelog } from '../../lib/about/changelog';

export const changelogEntries = parseChangelog(changelog);
