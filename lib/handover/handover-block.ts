import * as z from 'zod/mini';
import { crc32Hex } from './crc32';
import { mergeHandoverFacts, storyHistoryOf, withHistory } from '../contact/story-history';
import {
  MAX_FLAG_RAISED_FACTS,
  MAX_REFERRAL_FACTS,
  MAX_SCORE_FACTS,
  factOutstandingKindSchema,
  handoverFactsSchema,
  type HandoverFacts,
} from '../contact/handover-facts';
import {
  contactTypeIdSchema,
  escalationLevelSchema,
  instrumentIdSchema,
  outcomeCodeSchema,
  outcomeDecisionStatusSchema,
  pathwayIdSchema,
  ruleIdSchema,
} from '../contact/id-schemas';

// The handover block (issue 5): the last lines of a pasted summary, so the next contact can load
// the story so far. Layout:
//
//   PMH handover block (for PMH Contact Companion; do not edit):
//   PMHB1.9f3a0c21.812.eyJ2Ijox...          <- one string, cut into lines of the summary width
//   ...Qifsd.PMHBEND
//
// Envelope (the same for every format version): "PMHB" <version> "." <CRC-32 as 8 hex digits> "."
// <payload length> "." <payload> ".PMHBEND". The CRC covers "PMHB<v>.<length>.<payload>", so a
// damaged version or length is caught too. The payload is base64url (no padding) of the UTF-8 JSON
// of a compact "wire" form of the facts (arrays instead of objects, short codes for subjects,
// roles and times): about a third of the size of plain JSON. Not compressed: the browser's
// CompressionStream is asynchronous and the gain on a few hundred characters is small.
//
// Decoding never throws and never changes anything: it returns facts or a problem. Whitespace,
// line breaks (CRLF or LF, re-wrapped to any width), "> " quoting and typographic hyphens that a
// record system may add are ignored; anything else that changes the block is refused.

export const BLOCK_HEADING = 'PMH handover block (for PMH Contact Companion; do not edit):';
/**
 * Version 2 (issue 14) appends one element to the wire tuple: the story over time (baby's
 * situation, dated scores, flags raised and referrals, and the count of dropped old entries).
 * Version 1 blocks still decode (into facts of version 1, which have no history).
 */
export const BLOCK_FORMAT_VERSION = 2;
const END = 'PMHBEND';
/** Pasted text longer than this is refused before any work (a whole summary is a few thousand). */
export const MAX_PASTE_CHARS = 200_000;

export type DecodeProblem = 'not-found' | 'truncated' | 'corrupt' | 'checksum' | 'future-version' | 'invalid';

export type DecodeResult =
  | { ok: true; facts: HandoverFacts }
  | { ok: false; problem: DecodeProblem; message: string };

export const decodeMessages: Record<DecodeProblem, string> = {
  'not-found':
    'No handover block was found. Paste the whole previous summary, or the block that starts "PMH handover block". Nothing was loaded.',
  truncated:
    'The handover block is incomplete: part of it is missing. Copy the whole block again, down to the line that ends in PMHBEND. Nothing was loaded.',
  corrupt: 'The handover block is damaged and cannot be read. Copy it again from the record. Nothing was loaded.',
  checksum:
    'The handover block has been changed or damaged since it was made (its check does not match). Copy it again from the record; if it still fails, ask the history again. Nothing was loaded.',
  'future-version':
    'This handover block was made by a newer version of PMH Contact Companion. Update the extension to load it. Nothing was loaded.',
  invalid:
    'The handover block could be read, but its content is not valid for this version of PMH Contact Companion. Nothing was loaded.',
};

function fail(problem: DecodeProblem): DecodeResult {
  return { ok: false, problem, message: decodeMessages[problem] };
}

// ---------------------------------------------------------------------------------------------
// Wire form: positional arrays with short codes. Validated with Zod on the way in.

const SUBJECT = { 'birthing-parent': 'b', partner: 'p' } as const;
const ROLE = { midwife: 'm', 'health-visitor': 'h', 'fnp-nurse': 'f' } as const;
const STATUS = { complete: 'c', incomplete: 'i', declined: 'd' } as const;
const RISK = { positive: 'p', negative: 'n', unknown: 'u' } as const;
const STRENGTH = { recommend: 'r', consider: 'c', chosen: 'x' } as const;
const BABY = { 'with-parents': 'w', 'neonatal-unit': 'n', 'not-in-parents-care': 'c', died: 'd' } as const;
const REFERRAL = { done: 'd', offered: 'o' } as const;

function invert<T extends Record<string, string>>(map: T): Record<T[keyof T], keyof T> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k])) as Record<T[keyof T], keyof T>;
}
const SUBJECT_OF = invert(SUBJECT);
const ROLE_OF = invert(ROLE);
const STATUS_OF = invert(STATUS);
const RISK_OF = invert(RISK);
const STRENGTH_OF = invert(STRENGTH);
const BABY_OF = invert(BABY);
const REFERRAL_OF = invert(REFERRAL);

// Built on the first encode or decode, not at module load (issue 17): the module is on the way to
// a resumed contact's first question, and the block is only read when one is pasted or a summary made.
function buildWireSchemas() {
  const subjectCode = z.enum(['b', 'p']);
  const roleCode = z.enum(['m', 'h', 'f']);
  /** "2026-03-02T10:00Z" travels as "202603021000". */
  const wireTime = z.string().check(z.regex(/^\d{12}$/));
  const nullableInt = z.nullable(z.number().check(z.int(), z.gte(0), z.lte(99)));

  const sourceWire = z.tuple([contactTypeIdSchema, roleCode, wireTime, z.string().check(z.minLength(1), z.maxLength(40))]);
  const historyWire = z.array(z.tuple([pathwayIdSchema, subjectCode, pathwayIdSchema, wireTime, roleCode])).check(z.maxLength(20));
  const screeningWire = z.array(
      z.tuple([
        instrumentIdSchema,
        subjectCode,
        wireTime,
        roleCode,
        z.enum(['c', 'i', 'd']),
        nullableInt,
        z.number().check(z.int(), z.gte(1), z.lte(99)),
        z.nullable(pathwayIdSchema),
        nullableInt,
        z.array(z.tuple([pathwayIdSchema, z.enum(['p', 'n', 'u']), z.nullable(z.number().check(z.int(), z.gte(0), z.lte(3)))])).check(z.maxLength(4)),
      ]),
    ).check(z.maxLength(20));
  const flagsWire = z.array(z.tuple([ruleIdSchema, subjectCode, escalationLevelSchema, wireTime, z.union([z.literal(0), z.literal(1)])])).check(z.maxLength(30));
  const outcomesWire = z.array(z.tuple([outcomeCodeSchema, subjectCode, z.enum(['r', 'c', 'x']), z.nullable(outcomeDecisionStatusSchema)])).check(z.maxLength(40));
  const outstandingWire = z.array(z.tuple([factOutstandingKindSchema, z.nullable(subjectCode), z.nullable(instrumentIdSchema)])).check(z.maxLength(30));

  /** Version 2 appends [baby, scores, flags raised, referrals, dropped] (issue 14). */
  const storyWire = z.tuple([
    z.nullable(z.tuple([z.enum(['w', 'n', 'c', 'd']), wireTime])),
    z.array(
        z.tuple([
          instrumentIdSchema,
          subjectCode,
          wireTime,
          roleCode,
          z.number().check(z.int(), z.gte(0), z.lte(99)),
          z.number().check(z.int(), z.gte(1), z.lte(99)),
          z.nullable(pathwayIdSchema),
          nullableInt,
        ]),
      ).check(z.maxLength(MAX_SCORE_FACTS)),
    z.array(z.tuple([ruleIdSchema, subjectCode, escalationLevelSchema, wireTime])).check(z.maxLength(MAX_FLAG_RAISED_FACTS)),
    z.array(z.tuple([outcomeCodeSchema, subjectCode, z.enum(['d', 'o']), wireTime, roleCode])).check(z.maxLength(MAX_REFERRAL_FACTS)),
    z.number().check(z.int(), z.gte(0), z.lte(9999)),
  ]);

  const v1 = z.tuple([z.literal(1), sourceWire, historyWire, screeningWire, flagsWire, outcomesWire, outstandingWire]);
  const v2 = z.tuple([z.literal(2), sourceWire, historyWire, screeningWire, flagsWire, outcomesWire, outstandingWire, storyWire]);
  return { v1, v2, story: storyWire };
}
type WireSchemas = ReturnType<typeof buildWireSchemas>;
let wireSchemas: WireSchemas | undefined;
function getWireSchemas(): WireSchemas {
  return (wireSchemas ??= buildWireSchemas());
}
type WireV1 = z.infer<WireSchemas['v1']>;
type WireV2 = z.infer<WireSchemas['v2']>;
type StoryWire = z.infer<WireSchemas['story']>;
type Wire = WireV1 | WireV2;

function timeToWire(minute: string): string {
  return minute.replace(/[-:TZ]/g, '');
}
function timeFromWire(wire: string): string {
  return `${wire.slice(0, 4)}-${wire.slice(4, 6)}-${wire.slice(6, 8)}T${wire.slice(8, 10)}:${wire.slice(10, 12)}Z`;
}

function storyToWire(facts: HandoverFacts): StoryWire {
  return [
    facts.baby ? [BABY[facts.baby.situation], timeToWire(facts.baby.at)] : null,
    (facts.scores ?? []).map((s) => [s.instrumentId, SUBJECT[s.subject], timeToWire(s.at), ROLE[s.role], s.total, s.maxTotal, s.bandId, s.bandFrom]),
    (facts.flagsRaised ?? []).map((f) => [f.ruleId, SUBJECT[f.subject], f.level, timeToWire(f.at)]),
    (facts.referrals ?? []).map((r) => [r.code, SUBJECT[r.subject], REFERRAL[r.decision], timeToWire(r.at), ROLE[r.role]]),
    facts.dropped ?? 0,
  ];
}

function storyFromWire([baby, scores, flagsRaised, referrals, dropped]: StoryWire) {
  return {
    ...(baby ? { baby: { situation: BABY_OF[baby[0]], at: timeFromWire(baby[1]) } } : {}),
    scores: scores.map(([instrumentId, subject, at, role, total, maxTotal, bandId, bandFrom]) => ({
      instrumentId,
      subject: SUBJECT_OF[subject],
      at: timeFromWire(at),
      role: ROLE_OF[role],
      total,
      maxTotal,
      bandId,
      bandFrom,
    })),
    flagsRaised: flagsRaised.map(([ruleId, subject, level, at]) => ({ ruleId, subject: SUBJECT_OF[subject], level, at: timeFromWire(at) })),
    referrals: referrals.map(([code, subject, decision, at, role]) => ({
      code,
      subject: SUBJECT_OF[subject],
      decision: REFERRAL_OF[decision],
      at: timeFromWire(at),
      role: ROLE_OF[role],
    })),
    ...(dropped > 0 ? { dropped } : {}),
  };
}

/** Always written as version 2 (facts of version 1 get empty history lists). */
function toWire(facts: HandoverFacts): WireV2 {
  return [
    2,
    [facts.source.contactType, ROLE[facts.source.role], timeToWire(facts.source.at), facts.source.pathwayVersion],
    facts.history.map((h) => [h.questionId, SUBJECT[h.subject], h.optionId, timeToWire(h.at), ROLE[h.role]]),
    facts.screening.map((s) => [
      s.instrumentId,
      SUBJECT[s.subject],
      timeToWire(s.at),
      ROLE[s.role],
      STATUS[s.status],
      s.total,
      s.maxTotal,
      s.bandId,
      s.bandFrom,
      s.itemRisk.map((r) => [r.questionId, RISK[r.status], r.score]),
    ]),
    facts.flags.map((f) => [f.ruleId, SUBJECT[f.subject], f.level, timeToWire(f.at), f.acknowledged ? 1 : 0]),
    facts.outcomes.map((o) => [o.code, SUBJECT[o.subject], STRENGTH[o.strength], o.decision]),
    facts.outstanding.map((o) => [o.kind, o.subject ? SUBJECT[o.subject] : null, o.instrumentId]),
    storyToWire(facts),
  ];
}

function fromWire(wire: Wire): unknown {
  const [v, source, history, screening, flags, outcomes, outstanding] = wire;
  const story = wire[0] === 2 ? storyFromWire(wire[7]) : {};
  return {
    v,
    source: { contactType: source[0], role: ROLE_OF[source[1]], at: timeFromWire(source[2]), pathwayVersion: source[3] },
    history: history.map(([questionId, subject, optionId, at, role]) => ({
      questionId,
      subject: SUBJECT_OF[subject],
      optionId,
      at: timeFromWire(at),
      role: ROLE_OF[role],
    })),
    screening: screening.map(([instrumentId, subject, at, role, status, total, maxTotal, bandId, bandFrom, itemRisk]) => ({
      instrumentId,
      subject: SUBJECT_OF[subject],
      at: timeFromWire(at),
      role: ROLE_OF[role],
      status: STATUS_OF[status],
      total,
      maxTotal,
      bandId,
      bandFrom,
      itemRisk: itemRisk.map(([questionId, status, score]) => ({ questionId, status: RISK_OF[status], score })),
    })),
    flags: flags.map(([ruleId, subject, level, at, acknowledged]) => ({
      ruleId,
      subject: SUBJECT_OF[subject],
      level,
      at: timeFromWire(at),
      acknowledged: acknowledged === 1,
    })),
    outcomes: outcomes.map(([code, subject, strength, decision]) => ({
      code,
      subject: SUBJECT_OF[subject],
      strength: STRENGTH_OF[strength],
      decision,
    })),
    outstanding: outstanding.map(([kind, subject, instrumentId]) => ({
      kind,
      subject: subject ? SUBJECT_OF[subject] : null,
      instrumentId,
    })),
    ...story,
  };
}

// ---------------------------------------------------------------------------------------------
// base64url over UTF-8, without padding.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABET_INDEX = new Map([...ALPHABET].map((ch, i) => [ch, i]));

function base64urlEncode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63];
    if (i + 2 < bytes.length) out += ALPHABET[n & 63];
  }
  return out;
}

function base64urlDecode(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const value = ALPHABET_INDEX.get(ch);
    if (value === undefined) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  // Leftover bits must be zero, or the text is not a canonical encoding of any bytes.
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return Uint8Array.from(bytes);
}

// ---------------------------------------------------------------------------------------------

export interface EncodeOptions {
  /** Characters per line (the summary's line width). */
  lineWidth: number;
}

/**
 * The block for a summary: the heading line, then the envelope cut into lines of `lineWidth`.
 * Throws only if `facts` is not valid (a programming error: handoverFactsFrom always is).
 */
export function encodeHandoverBlock(facts: HandoverFacts, options: EncodeOptions): string {
  const parsed = handoverFactsSchema.parse(facts);
  // Facts of version 1 (a story loaded before issue 14) are written with their history made explicit.
  const valid = parsed.v === 1 ? withHistory(parsed, storyHistoryOf(parsed)) : parsed;
  const json = JSON.stringify(toWire(valid));
  const payload = base64urlEncode(new TextEncoder().encode(json));
  const signed = `PMHB${BLOCK_FORMAT_VERSION}.${payload.length}.${payload}`;
  const body = `PMHB${BLOCK_FORMAT_VERSION}.${crc32Hex(signed)}.${payload.length}.${payload}.${END}`;
  const width = Math.max(20, Math.floor(options.lineWidth));
  const lines: string[] = [BLOCK_HEADING];
  for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
  return lines.join('\n');
}

/**
 * Removes what record systems add when they store, quote or re-wrap text: line breaks of any kind,
 * spaces (including non-breaking ones), "> " quoting at line starts, zero-width characters and soft
 * hyphens; typographic hyphens become '-' (base64url uses '-').
 */
function normalise(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[\s>]*/, ''))
    .join('')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2212\uFE63\uFF0D]/g, '-')
    .replace(/[\s\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
}

// Lower-case hex only: anything but whitespace that differs from what was written is refused.
const ENVELOPE = /PMHB(\d{1,4})\.([0-9a-f]{8})\.(\d{1,7})\./g;

function decodeEnvelope(text: string, start: number, match: RegExpExecArray): DecodeResult {
  const [, versionText = '', crc = '', lengthText = ''] = match;
  const version = Number(versionText);
  const length = Number(lengthText);
  const payloadStart = start + match[0].length;
  const payload = /^[A-Za-z0-9_-]*/.exec(text.slice(payloadStart))?.[0] ?? '';
  const after = text.slice(payloadStart + payload.length);
  if (!after.startsWith(`.${END}`)) {
    // Text ran out (or another block starts) before the end marker.
    const endCutShort = after.startsWith('.') && END.startsWith(after.slice(1));
    if (after === '' || endCutShort || payload.length < length) return fail('truncated');
    return fail('corrupt');
  }
  if (payload.length < length) return fail('truncated');
  if (payload.length > length) return fail('corrupt');
  if (crc32Hex(`PMHB${versionText}.${lengthText}.${payload}`) !== crc) return fail('checksum');
  if (version > BLOCK_FORMAT_VERSION) return fail('future-version');
  if (version !== 1 && version !== 2) return fail('invalid');
  const bytes = base64urlDecode(payload);
  if (!bytes) return fail('corrupt');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail('corrupt');
  }
  // The envelope's version and the payload's own version must agree (a mismatch is tampering).
  const wire = (version === 1 ? getWireSchemas().v1 : getWireSchemas().v2).safeParse(json);
  if (!wire.success) return fail('invalid');
  const facts = handoverFactsSchema.safeParse(fromWire(wire.data));
  if (!facts.success) return fail('invalid');
  return { ok: true, facts: facts.data };
}

/**
 * Finds and checks a handover block in pasted text (a whole summary, or just the block). Never
 * throws. If several blocks are pasted, the one from the latest contact is used.
 */
export function decodeHandoverBlock(text: unknown): DecodeResult {
  try {
    if (typeof text !== 'string' || text.length > MAX_PASTE_CHARS) return fail('not-found');
    const flat = normalise(text);
    const results: DecodeResult[] = [];
    for (const match of flat.matchAll(ENVELOPE)) {
      results.push(decodeEnvelope(flat, match.index ?? 0, match as RegExpExecArray));
    }
    if (results.length === 0) {
      if (flat.includes('PMHB')) return fail('corrupt');
      // The heading without an envelope: the block's lines were lost.
      if (flat.includes('PMHhandoverblock')) return fail('truncated');
      return fail('not-found');
    }
    const decoded = results.filter((r): r is Extract<DecodeResult, { ok: true }> => r.ok);
    if (decoded.length === 0) return results[results.length - 1] ?? fail('not-found');
    return decoded.reduce((latest, r) => (r.facts.source.at >= latest.facts.source.at ? r : latest));
  } catch {
    return fail('corrupt');
  }
}

export type DecodeAllResult =
  | { ok: true; facts: HandoverFacts; blocks: number }
  | { ok: false; problem: DecodeProblem; message: string; /** 1-based position of the failing block, when several were found. */ block?: number };

const ordinal = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * Every handover block in pasted text (several earlier summaries pasted together), merged into one
 * story by date with duplicates removed (issue 14). All or nothing: if any block found is damaged,
 * truncated, tampered or newer, nothing is loaded and the message says which block (counted from
 * the top of the pasted text), so no part of the history is silently left out (H90). Never throws.
 */
export function decodeHandoverBlocks(text: unknown): DecodeAllResult {
  try {
    if (typeof text !== 'string' || text.length > MAX_PASTE_CHARS) return fail('not-found') as DecodeAllResult;
    const flat = normalise(text);
    const results = [...flat.matchAll(ENVELOPE)].map((match) => decodeEnvelope(flat, match.index ?? 0, match as RegExpExecArray));
    if (results.length === 0) return decodeHandoverBlock(text) as DecodeAllResult;
    const failed = results.findIndex((r) => !r.ok);
    if (failed >= 0) {
      const result = results[failed] as Extract<DecodeResult, { ok: false }>;
      if (results.length === 1) return result;
      const which = ordinal[failed] ?? `number ${failed + 1}`;
      return {
        ...result,
        block: failed + 1,
        message: `${results.length} handover blocks were found; the ${which} from the top has a problem. ${result.message}`,
      };
    }
    const facts = results.map((r) => (r as Extract<DecodeResult, { ok: true }>).facts);
    return { ok: true, facts: mergeHandoverFacts(facts), blocks: facts.length };
  } catch {
    return fail('corrupt') as DecodeAllResult;
  }
}
