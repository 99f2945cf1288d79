import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EPDS_REVERSE_SCORED_ITEMS, epds } from '../../../lib/pathway/instruments/epds';
import { frequencyOptions } from '../../../lib/pathway/instruments/frequency-options';
import { gad2 } from '../../../lib/pathway/instruments/gad-2';
import { gad7 } from '../../../lib/pathway/instruments/gad-7';
import { phq9 } from '../../../lib/pathway/instruments/phq-9';
import { whooley } from '../../../lib/pathway/instruments/whooley';
import { pathway } from '../../../lib/pathway/pathway';

// The instruments as data: exact wording, per-option scores, reverse scoring, recall windows and
// only verified codes (reference §1, §5).

// CI checks out ../shared beside the clone. A missing reference FAILS here (readFileSync throws
// while collecting): wording that cannot be checked is not "quoted word for word".
const REFERENCE = resolve(__dirname, '../../../../shared/clinical/pathway-reference.md');
const reference = readFileSync(REFERENCE, 'utf8');

/**
 * Exact texts checked against the published forms outside the reference (issue 11, review 2026-12
 * item 13). The one exception: the closing functional item of the PHQ-9 and GAD-7 forms (public
 * domain, Pfizer), whose full text the reference did not retrieve (§1.5 ◐). Checked on 2026-12-07
 * word for word in a public copy of the GAD-7 form (docest.com/doc/420232, Spitzer et al. 2006);
 * other copies vary ("any of the above problems"), so this is the form's own sentence, used by both.
 */
const VERIFIED_OUTSIDE_REFERENCE = new Set([
  'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
]);

/** The text of one reference section, from its "### 1.n" heading to the next heading. */
function section(number: string): string {
  const start = reference.indexOf(`\n### ${number} `);
  if (start === -1) throw new Error(`Reference section ${number} not found`);
  const end = reference.indexOf('\n#', start + 1);
  return reference.slice(start, end === -1 ? undefined : end);
}

interface RefOption {
  label: string;
  score: number;
  loinc?: string;
}

/** "Not at all = 0 (LA6568-5); Several days = 1 …" or "Not at all = 0; Several days = 1 …". */
function frequencyOptionsIn(text: string): RefOption[] {
  return [...text.matchAll(/([A-Z][a-z]+(?: [a-z]+)*) = (\d)(?: \((LA\d+-\d)\))?/g)].map(([, label, score, loinc]) => ({
    label: label as string,
    score: Number(score),
    ...(loinc ? { loinc } : {}),
  }));
}

/** §1.7: one table row per EPDS item, options "label score · label score · …" top to bottom. */
function referenceEpds(): Array<{ n: number; text: string; options: RefOption[] }> {
  return [...section('1.7').matchAll(/^\| (\d+)\*? \| (.+?) \| (.+?) \|$/gm)].map(([, n, text, options]) => ({
    n: Number(n),
    text: text as string,
    options: (options as string).split(' · ').map((option) => {
      const match = /^(.+) (\d)$/.exec(option.trim());
      if (!match) throw new Error(`Cannot read EPDS option "${option}"`);
      return { label: match[1] as string, score: Number(match[2]) };
    }),
  }));
}

describe('EPDS scoring (S10)', () => {
  it.each(epds.items.map((item, i) => [i + 1, item] as const))(
    '[H02-b] item %i scores 0-3 once each, reverse-scored exactly when the reference says so',
    (n, item) => {
      const optionScores = item.options.map((o) => o.score);
      expect([...optionScores].sort()).toEqual([0, 1, 2, 3]);
      const reversed = EPDS_REVERSE_SCORED_ITEMS.includes(n);
      expect(optionScores).toEqual(reversed ? [3, 2, 1, 0] : [0, 1, 2, 3]);
    },
  );

  it('[H02-c] reverse-scores items 3, 5, 6, 7, 8, 9 and 10, as the reference lists (S10)', () => {
    expect(EPDS_REVERSE_SCORED_ITEMS).toEqual([3, 5, 6, 7, 8, 9, 10]);
  });

  it('[H02-d] gives every option a semantic id, never a position (S10)', () => {
    for (const item of epds.items) for (const option of item.options) expect(option.id).not.toMatch(/^\d+$|^option-?\d/);
  });
});

describe('0-3 frequency instruments (S12, S13)', () => {
  it.each([
    ['GAD-2', gad2],
    ['PHQ-9', phq9],
    ['GAD-7', gad7],
  ] as const)('%s scores Not at all 0 … Nearly every day 3 on every scored item', (_name, instrument) => {
    for (const item of instrument.items.filter((i) => i.scored)) expect(item.options).toEqual(frequencyOptions);
  });

  it('keeps the PHQ-9 functional item unscored and out of the total (S12)', () => {
    const difficulty = phq9.items.find((i) => i.id === 'phq-9.difficulty');
    expect(difficulty?.scored).toBe(false);
    expect(difficulty?.options.every((o) => o.score === undefined)).toBe(true);
    expect(phq9.items.filter((i) => i.scored)).toHaveLength(9);
  });

  it('marks GAD-7 items 1 and 2 as the GAD-2 items so they are not asked twice (S13)', () => {
    expect(gad7.items.slice(0, 2).map((i) => i.carryFrom)).toEqual(['gad-2.1', 'gad-2.2']);
  });
});

describe('recall windows (reference §1.1)', () => {
  it.each([
    ['whooley', 30],
    ['gad-2', 14],
    ['phq-9', 14],
    ['gad-7', 14],
    ['epds', 7],
  ] as const)('[H11-b] %s asks about the past %i days', (id, days) => {
    expect(pathway.instruments.find((i) => i.id === id)?.recallWindow.days).toBe(days);
  });
});

describe('codes: only those the reference marks verified (§5)', () => {
  it.each([
    ['whooley', { snomedScore: '803351000000106' }],
    ['gad-2', {}],
    ['phq-9', { loincPanel: '44249-1', loincTotal: '44261-6', snomedScore: '720433000' }],
    ['gad-7', { loincTotal: '70274-6', snomedScore: '445455005' }],
    ['epds', { loincPanel: '71354-5', snomedScore: '450320001' }],
  ] as const)('[H16-a] %s carries exactly the verified instrument codes', (id, expected) => {
    const { notEncoded: _note, ...codes } = pathway.instruments.find((i) => i.id === id)?.codes ?? { notEncoded: '' };
    expect(codes).toEqual(expected);
  });

  it('[H16-b] never carries the unverified codes the reference warns about (99046-5, 69737-5, 69689-8, 717440006, GAD-2 candidates)', () => {
    // Everything but the human-readable notes that explain why each code is left out.
    const encoded = JSON.stringify(pathway.instruments.map(({ codes: { notEncoded: _note, ...codes }, items }) => ({ codes, items })));
    for (const code of ['99046-5', '69737-5', '69689-8', '717440006', '908501000000101', '836571000000106']) {
      expect(encoded).not.toContain(code);
    }
  });

  it('[H16-c] gives the PHQ-9 items their LOINC codes, item 9 being 44260-8 (S12)', () => {
    expect(phq9.items.filter((i) => i.scored).map((i) => i.codes?.loinc)).toEqual([
      '44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8',
    ]);
  });
});

describe('[H02-e] wording, options and scores checked against the reference text (§1)', () => {
  const epdsRows = referenceEpds();

  it('reads all ten EPDS items from the reference table (§1.7)', () => {
    expect(epdsRows.map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it.each(epds.items.map((item, i) => [i + 1, item] as const))(
    '[H02-e] EPDS item %i: the text, every option label in order and every option score match the reference (S10)',
    (n, item) => {
      const row = epdsRows.find((r) => r.n === n);
      expect(row, `reference row ${n}`).toBeDefined();
      expect(item.text).toBe(row?.text);
      expect(item.options.map((o) => ({ label: o.label, score: o.score }))).toEqual(row?.options);
    },
  );

  it('[H02-e] PHQ-9: stem, the nine items with their LOINC codes, and the options with scores and answer codes match the reference (S12)', () => {
    const text = section('1.5');
    expect(text).toContain(`Stem: "${phq9.stem}"`);
    const rows = [...text.matchAll(/^\| (\d) \| (.+?) \| (\d+-\d) \|$/gm)].map(([, n, itemText, loinc]) => ({ id: `phq-9.${n}`, text: itemText, loinc }));
    expect(rows).toHaveLength(9);
    expect(phq9.items.filter((i) => i.scored).map((i) => ({ id: i.id, text: i.text, loinc: i.codes?.loinc }))).toEqual(rows);
    const options = frequencyOptionsIn(text.slice(text.indexOf('Options (LOINC'), text.indexOf('| # |')));
    expect(frequencyOptions.map((o) => ({ label: o.label, score: o.score, loinc: o.loinc }))).toEqual(options);
  });

  it('[H02-e] GAD-7: the seven items and their LOINC codes match the reference; item 6’s code is left out as it says (S13)', () => {
    const text = section('1.6');
    expect(text).toContain('Stem as PHQ-9; same 0–3 options.');
    // Pathway 2026.4.0 (review 2026-12 item 13): the published GAD-7 stem has no "any of"; it is
    // the GAD-2 stem of §1.3 (the GAD-2 items are GAD-7 items 1-2), and differs from PHQ-9's only there.
    expect(gad7.stem).toBe(section('1.3').match(/Stem: "([^"]+)"/)?.[1]);
    expect(gad7.stem).toBe(phq9.stem.replace('by any of the following', 'by the following'));
    const rows = [...text.matchAll(/(\d) "([^"]+)" \((\d+-\d)\)/g)].map(([, n, itemText, loinc]) => ({ id: `gad-7.${n}`, text: itemText, loinc }));
    expect(rows.map((r) => r.id)).toEqual(['gad-7.1', 'gad-7.2', 'gad-7.3', 'gad-7.4', 'gad-7.5', 'gad-7.6', 'gad-7.7']);
    for (const row of rows) {
      const item = gad7.items.find((i) => i.id === row.id);
      expect(item?.text).toBe(row.text);
      expect(item?.codes?.loinc).toBe(row.id === 'gad-7.6' ? undefined : row.loinc);
      expect(item?.options).toEqual(frequencyOptions);
    }
  });

  it('[H02-e] GAD-2: stem, both items and the options with scores match the reference (S13)', () => {
    const text = section('1.3');
    expect(text).toContain(`Stem: "${gad2.stem}"`);
    const rows = [...text.matchAll(/^(\d)\. "(.+)"$/gm)].map(([, n, itemText]) => ({ id: `gad-2.${n}`, text: itemText }));
    expect(gad2.items.map((i) => ({ id: i.id, text: i.text }))).toEqual(rows);
    const options = frequencyOptionsIn(text.slice(text.indexOf('Options and scores:'), text.indexOf('Total 0–6')));
    expect(frequencyOptions.map((o) => ({ label: o.label, score: o.score }))).toEqual(options);
  });

  it('[H02-e] Whooley: both questions and the help question are quoted as the reference gives them (S1, S3)', () => {
    const text = section('1.2');
    const rows = [...text.matchAll(/^(\d)\. "(.+)"$/gm)].map(([, n, itemText]) => ({ id: `whooley.${n}`, text: itemText }));
    expect(whooley.items.filter((i) => i.scored).map((i) => ({ id: i.id, text: i.text }))).toEqual(rows);
    expect(text).toContain(`"${whooley.items[2]?.text}"`);
  });

  it.each(
    pathway.instruments.flatMap((instrument) =>
      instrument.items.filter((item) => item.wording === 'exact').map((item) => [item.id, item.text] as const),
    ),
  )('[H02-e] %s, marked exact, is quoted word for word', (_id, text) => {
    expect(reference.includes(text) || VERIFIED_OUTSIDE_REFERENCE.has(text), text).toBe(true);
  });

  it.each(pathway.instruments.filter((i) => i.stemWording === 'exact').map((i) => [i.id, i.stem] as const))(
    '[H02-e] %s stem is quoted word for word',
    (_id, stem) => {
      expect(reference).toContain(stem);
    },
  );
});
