// Refuses the most guessable passphrases when one is set or changed (issue 15). Not a strength
// meter: it catches the choices a guesser tries first, which the wait after wrong passphrases
// (unlock-throttle.ts) would otherwise let through within a few tries.
//
//   - one character repeated ("aaaaaaaa", "11111111");
//   - numbers only (a long PIN: a date or a phone number is quickly found);
//   - a run of keys or letters ("12345678", "abcdefgh", "qwertyui", "asdfghjk"), either way;
//   - one very common password, or a word from this tool's own setting, dressed up with digits,
//     symbols or look-alike letters ("Password1!", "passw0rd", "Midwife2026", "nhs12345").
//
// The common passwords are the top entries of published breach analyses (for example the NCSC's
// 2019 list of the 100,000 most common, as reported; not re-checked against the full list here).

export const COMMON_PASSWORD_WORDS: readonly string[] = [
  'password',
  'qwerty',
  'letmein',
  'welcome',
  'iloveyou',
  'admin',
  'monkey',
  'dragon',
  'football',
  'sunshine',
  'princess',
  'baseball',
  'trustno',
  'master',
  'shadow',
  'superman',
  'abc',
];

/** Words of the setting a practitioner might reach for: the tool, the service, the role. */
export const CONTEXT_WORDS: readonly string[] = [
  'pmh',
  'companion',
  'nhs',
  'midwife',
  'midwifery',
  'healthvisitor',
  'visitor',
  'fnp',
  'nurse',
  'baby',
  'mum',
  'perinatal',
  'passphrase',
];

const RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'];

const LOOK_ALIKES: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

function isRun(text: string): boolean {
  if (text.length < 4) return false;
  return RUNS.some((run) => run.includes(text) || [...run].reverse().join('').includes(text));
}

/** True when the passphrase is one of the first a guesser would try. */
export function isCommonPassphrase(passphrase: string): boolean {
  const compact = passphrase.normalize('NFC').toLowerCase().replace(/\s+/g, '');
  if (compact.length === 0) return false;
  if (new Set(compact).size === 1) return true;
  if (/^\d+$/.test(compact)) return true;
  if (isRun(compact)) return true;
  // The letters left once digits and symbols at the ends are dropped and look-alikes read as letters.
  const core = compact
    .replace(/^[^a-z]+|[^a-z]+$/g, '')
    .replace(/[0134579@$!]/g, (c) => LOOK_ALIKES[c] ?? c)
    .replace(/[^a-z]/g, '');
  const words = [...COMMON_PASSWORD_WORDS, ...CONTEXT_WORDS];
  if (words.includes(core)) return true;
  // Two of those words and nothing else ("nhsmidwife", "babypassword").
  return words.some((first) => core.startsWith(first) && words.includes(core.slice(first.length)));
}
