import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32Hex } from '../../../lib/handover/crc32';
import {
  BLOCK_HEADING,
  decodeHandoverBlock,
  decodeMessages,
  encodeHandoverBlock,
  MAX_PASTE_CHARS,
  type DecodeResult,
} from '../../../lib/handover/handover-block';
import { handoverFactsFrom } from '../../../lib/handover/handover-facts-from';
import { prepareStorySoFar } from '../../../lib/handover/handover-preview';
import { summaryText } from '../../../lib/summary/summary-text';
import { scenarioInputs } from '../summary/support';
import { contactFactsArb, factsArb } from './arbitraries';

// The handover block: decode(encode(facts)) equals facts; the decoder finds the block in a pasted
// summary whatever a record system did to the whitespace, refuses anything else that changed it,
// never throws and never changes anything.

const width = 80;
const encode = (facts: Parameters<typeof encodeHandoverBlock>[0]) => encodeHandoverBlock(facts, { lineWidth: width });
const facts0 = handoverFactsFrom(scenarioInputs[3]?.contact ?? scenarioInputs[0]!.contact, scenarioInputs[3]?.evaluation ?? scenarioInputs[0]!.evaluation);
const block0 = encode(facts0);
/** Where the encoded part starts and ends in a block (after the heading line). */
const bodyStart = block0.indexOf('\n') + 1;

function expectFailure(result: DecodeResult) {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toBe(decodeMessages[result.problem]);
}

describe('encodeHandoverBlock', () => {
  it('starts with one human-readable line, then lines no wider than the summary', () => {
    const lines = block0.split('\n');
    expect(lines[0]).toBe(BLOCK_HEADING);
    expect(lines[1]).toMatch(/^PMHB2\.[0-9a-f]{8}\.\d+\./);
    expect(lines.at(-1)).toMatch(/\.PMHBEND$/);
    for (const l of lines.slice(1)) expect(l.length).toBeLessThanOrEqual(width);
    expect(block0).toMatch(/^[\n\x20-\x7e]+$/);
  });

  it('is deterministic', () => {
    expect(encode(facts0)).toBe(block0);
  });
});

describe('decodeHandoverBlock', () => {
  it('property: decode(encode(facts)) equals the facts, for any valid facts', () => {
    fc.assert(
      fc.property(factsArb, fc.integer({ min: 20, max: 200 }), (facts, lineWidth) => {
        const decoded = decodeHandoverBlock(encodeHandoverBlock(facts, { lineWidth }));
        expect(decoded).toEqual({ ok: true, facts });
      }),
      { numRuns: 1000 },
    );
  });

  it('property: round trip for facts made from generated contacts', () => {
    fc.assert(
      fc.property(contactFactsArb, (facts) => {
        expect(decodeHandoverBlock(encode(facts))).toEqual({ ok: true, facts });
      }),
      { numRuns: 300 },
    );
  });

  it.each(scenarioInputs.map((s) => [s.scenario.id, s] as const))('%s: finds the block in the whole pasted summary', (_id, s) => {
    const text = summaryText({ contact: s.contact, evaluation: s.evaluation, options: { lineWidth: 80 } });
    expect(decodeHandoverBlock(text)).toEqual({ ok: true, facts: handoverFactsFrom(s.contact, s.evaluation) });
  });

  it.each([
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['old Mac line ends', (t: string) => t.replace(/\n/g, '\r')],
    ['re-wrapped to 33 columns', (t: string) => rewrap(t, 33)],
    ['all on one line, joined with spaces', (t: string) => t.replace(/\n/g, ' ')],
    ['all on one line, joined with nothing', (t: string) => t.replace(/\n/g, '')],
    ['quoted with "> "', (t: string) => t.split('\n').map((l) => `> ${l}`).join('\n')],
    ['quoted twice', (t: string) => t.split('\n').map((l) => `>> ${l}`).join('\n')],
    ['indented with tabs and trailing spaces', (t: string) => t.split('\n').map((l) => `\t${l}   `).join('\n')],
    ['non-breaking spaces and blank lines', (t: string) => t.replace(/\n/g, '\u00a0\n\n')],
    ['typographic hyphens', (t: string) => t.replace(/-/g, '\u2010')],
    ['zero-width spaces', (t: string) => t.replace(/(.{7})/g, '$1\u200b')],
    ['surrounded by other text', (t: string) => `Notes from the visit.\n\n${t}\n\nSigned, HV`],
  ])('still decodes after %s', (_what, change) => {
    expect(decodeHandoverBlock(change(block0))).toEqual({ ok: true, facts: facts0 });
  });

  it('property: whitespace-only changes (any re-wrapping, spaces, CRLF) still decode', () => {
    const body = block0.slice(bodyStart);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(body.length), fc.constantFrom(' ', '\n', '\r\n', '\t', '  \n> ')), { maxLength: 30 }),
        (insertions) => {
          let text = body;
          for (const [at, ws] of [...insertions].sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + ws + text.slice(at);
          expect(decodeHandoverBlock(text)).toEqual({ ok: true, facts: facts0 });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property (fuzz): a changed character anywhere in the encoded part is refused, never thrown', () => {
    const body = block0.slice(bodyStart);
    const positions = [...body].map((ch, i) => ({ ch, i })).filter(({ ch }) => ch !== '\n');
    fc.assert(
      fc.property(fc.constantFrom(...positions), fc.integer({ min: 0x21, max: 0x7e }), ({ ch, i }, code) => {
        const replacement = String.fromCharCode(code);
        fc.pre(replacement !== ch && !(replacement === '-' && ch === '-'));
        const result = decodeHandoverBlock(BLOCK_HEADING + '\n' + body.slice(0, i) + replacement + body.slice(i + 1));
        expectFailure(result);
      }),
      { numRuns: 3000 },
    );
  });

  it('[H26-d] exhaustive: every single-character substitution in the encoded part is refused (all 93 printable characters)', () => {
    const body = block0.slice(bodyStart);
    let accepted = 0;
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '\n') continue;
      for (let code = 0x21; code <= 0x7e; code++) {
        const replacement = String.fromCharCode(code);
        if (replacement === body[i]) continue;
        if (decodeHandoverBlock(BLOCK_HEADING + '\n' + body.slice(0, i) + replacement + body.slice(i + 1)).ok) accepted += 1;
      }
    }
    expect(accepted).toBe(0);
  });

  it('[H26-e] property (fuzz): truncation, deletion, duplication and insertion are refused', () => {
    const body = block0.slice(bodyStart);
    const damage = fc.oneof(
      fc.nat(body.length - 1).map((n) => body.slice(0, n)),
      fc.nat(body.length - 1).filter((n) => body[n] !== '\n').map((n) => body.slice(0, n) + body.slice(n + 1)),
      // Inside the envelope (text added before or after it is just surrounding text).
      fc.integer({ min: 1, max: body.length - 2 }).filter((n) => body[n] !== '\n').map((n) => body.slice(0, n) + body[n] + body.slice(n)),
      fc
        .tuple(fc.integer({ min: 1, max: body.length - 1 }), fc.stringMatching(/^[A-Za-z0-9_.]{1,5}$/))
        .map(([n, s]) => body.slice(0, n) + s + body.slice(n)),
      // A line of the block lost in the middle.
      fc.nat(body.split('\n').length - 2).map((n) => body.split('\n').filter((_, i) => i !== n).join('\n')),
    );
    fc.assert(
      fc.property(damage, (damaged) => {
        // Text that still holds the whole block is the block with surrounding text (an insertion just
        // before "PMHB" can make "PPMHB…"), not damage: only real damage must be refused.
        fc.pre(!damaged.replace(/\s/g, '').includes(body.replace(/\s/g, '')));
        expectFailure(decodeHandoverBlock(`${BLOCK_HEADING}\n${damaged}`));
      }),
      { numRuns: 3000 },
    );
  });

  it('[H26-f] property (fuzz): random input never throws and never yields facts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 500 }),
          fc.string({ maxLength: 2000 }).map((s) => `PMHB1.${s}`),
          fc.tuple(fc.stringMatching(/^[0-9a-f]{8}$/), fc.nat(999), fc.base64String({ maxLength: 300 })).map(
            ([crc, n, p]) => `PMHB1.${crc}.${n}.${p.replace(/=/g, '')}.PMHBEND`,
          ),
          fc.anything().map((v) => v as unknown),
        ),
        (input) => {
          const result = decodeHandoverBlock(input);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('[H26-g] property (fuzz): never changes anything — the contact and the pasted text are untouched, and no change is offered', () => {
    const s = scenarioInputs[0]!;
    const before = JSON.stringify(s.contact);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(block0.length), (junk, cut) => {
        const pasted = block0.slice(0, cut) + junk;
        const copy = `${pasted}`;
        const prepared = prepareStorySoFar(pasted, s.contact);
        expect(pasted).toBe(copy);
        expect(JSON.stringify(s.contact)).toBe(before);
        if (!prepared.ok) expect(Object.keys(prepared).sort()).toEqual(['message', 'ok', 'problem']);
      }),
      { numRuns: 1000 },
    );
  });

  it('tells the practitioner what went wrong', () => {
    expect(decodeHandoverBlock('Just a note, no block').ok ? null : 'not-found').toBe('not-found');
    const cases: Array<[string, string]> = [
      ['Just a note, no block', 'not-found'],
      [BLOCK_HEADING, 'truncated'],
      [block0.slice(0, block0.length - 30), 'truncated'],
      [block0.replace(/\.PMHBEND$/, ''), 'truncated'],
      [block0.replace(/(PMHB2\.)([0-9a-f])/, (_m, a: string, b: string) => a + (b === 'a' ? 'b' : 'a')), 'checksum'],
    ];
    for (const [text, problem] of cases) {
      const result = decodeHandoverBlock(text);
      expect(result.ok ? 'ok' : result.problem, text.slice(0, 40)).toBe(problem);
    }
    expect(decodeHandoverBlock('x'.repeat(MAX_PASTE_CHARS + 1))).toMatchObject({ ok: false, problem: 'not-found' });
  });

  it('[H26-h] refuses a block from a newer version, with a clear message, even with a correct checksum', () => {
    const payload = 'WzNd'; // base64url of [3]
    const signed = `PMHB3.${payload.length}.${payload}`;
    const result = decodeHandoverBlock(`${BLOCK_HEADING}\nPMHB3.${crc32Hex(signed)}.${payload.length}.${payload}.PMHBEND`);
    expect(result).toEqual({ ok: false, problem: 'future-version', message: decodeMessages['future-version'] });
    expect(decodeMessages['future-version']).toMatch(/newer version/);
  });

  it('[H26-p] refuses a well-formed block whose content is not valid facts', () => {
    const payload = Buffer.from(JSON.stringify([1, ['midwife-booking', 'm', '202603021000', 'x'], [['history.x', 'b', 'no', 'bad', 'm']], [], [], [], []])).toString('base64url');
    const signed = `PMHB1.${payload.length}.${payload}`;
    const result = decodeHandoverBlock(`PMHB1.${crc32Hex(signed)}.${payload.length}.${payload}.PMHBEND`);
    expect(result).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('uses the latest contact when two blocks are pasted', () => {
    const later = { ...facts0, source: { ...facts0.source, at: '2027-01-01T09:00Z' } };
    const both = `${encode(later)}\n\n${block0}`;
    expect(decodeHandoverBlock(both)).toEqual({ ok: true, facts: later });
  });
});

function rewrap(text: string, columns: number): string {
  const [heading, ...rest] = text.split('\n');
  const body = rest.join('');
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += columns) lines.push(body.slice(i, i + columns));
  return [heading, ...lines].join('\n');
}
