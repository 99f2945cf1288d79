// Paste-safe plain text (issue 5). Web records differ in what they keep: some store Windows-1252,
// some strip anything outside ASCII, some turn curly quotes into "?" or "â€™". The summary is
// therefore printable ASCII plus '\n' only. Typography from the pathway wording (curly quotes,
// en and em dashes, "≥", "½") and from typed text is mapped to plain equivalents; letters with
// accents lose the accent (é → e); anything else that has no ASCII form becomes "?", so nothing
// is silently dropped. Lines end in '\n' (LF): a textarea's value always uses LF, and browsers
// convert to CRLF themselves when a form is submitted, so LF is what pastes cleanly.

const REPLACEMENTS: ReadonlyArray<readonly [string, string]> = [
  // Quotes and apostrophes
  ['\u2018', "'"], ['\u2019', "'"], ['\u201A', "'"], ['\u201B', "'"], ['\u2032', "'"], ['\u02BC', "'"],
  ['\u201C', '"'], ['\u201D', '"'], ['\u201E', '"'], ['\u201F', '"'], ['\u2033', '"'], ['\u00AB', '"'], ['\u00BB', '"'],
  // Dashes and minus signs
  ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2014', ' - '], ['\u2015', ' - '], ['\u2212', '-'],
  // Ellipsis, bullets, arrows, maths
  ['\u2026', '...'],
  ['\u2022', '-'], ['\u25CF', '-'], ['\u25E6', '-'], ['\u2023', '-'], ['\u2043', '-'], ['\u00B7', '-'],
  ['\u2192', '->'], ['\u2190', '<-'], ['\u2264', '<='], ['\u2265', '>='], ['\u2260', 'not equal to'], ['\u00D7', 'x'],
  // A space first, so "2½" reads "2 1/2" and never "21/2".
  ['\u00BD', ' 1/2'], ['\u00BC', ' 1/4'], ['\u00BE', ' 3/4'],
  // Currency and symbols a UK record might meet
  ['\u00A3', 'GBP '], ['\u20AC', 'EUR '], ['\u00B0', ' degrees'], ['\u00A9', '(c)'], ['\u00AE', '(R)'], ['\u2122', '(TM)'],
  ['\u26A0', '(!)'], ['\u2705', '(verified)'], ['\u25D0', '(partly verified)'],
  // Spaces
  ['\u00A0', ' '], ['\u2002', ' '], ['\u2003', ' '], ['\u2007', ' '], ['\u2009', ' '], ['\u200A', ' '], ['\u202F', ' '], ['\u205F', ' '], ['\u3000', ' '],
  // Invisible characters that break copy and search
  ['\u00AD', ''], ['\u200B', ''], ['\u200C', ''], ['\u200D', ''], ['\u2060', ''], ['\uFEFF', ''],
];

const REPLACE = new Map(REPLACEMENTS);
const SPECIAL = new RegExp(`[${REPLACEMENTS.map(([from]) => from).join('')}]`, 'gu');

/** Printable ASCII only (no newlines): one inline piece of text. */
export function plainInline(text: string): string {
  return toAscii(text.replace(/[\r\n\u2028\u2029\t\v\f]+/g, ' ')).replace(/ {2,}/g, ' ').trim();
}

/**
 * Free text typed by the practitioner (the family's own words, the plan): paragraphs kept,
 * blank lines collapsed, each paragraph made plain.
 */
export function plainParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split(/\n/)
    .map((line) => plainInline(line))
    .filter((line) => line.length > 0);
}

function toAscii(text: string): string {
  const replaced = text.replace(SPECIAL, (ch) => REPLACE.get(ch) ?? '');
  // NFKD splits accented letters into letter + mark (and ligatures like "ﬁ" into "fi").
  const decomposed = replaced.normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const ch of decomposed) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x20 && code <= 0x7e) out += ch;
    else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) out += ' ';
    else out += '?';
  }
  return out;
}

/** True when every character is printable ASCII or '\n' (what the summary promises). */
export function isPasteSafe(text: string): boolean {
  return /^[\n\x20-\x7e]*$/.test(text);
}
