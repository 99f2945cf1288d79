import type { Contact } from '../contact/contact';
import type { ContactChange } from '../contact/contact-change';
import { contactTypes } from '../pathway/contact-types';
import { pathway } from '../pathway/pathway';
import { indexPathway } from '../pathway/pathway-index';
import { needsAcknowledgement } from '../pathway/flags';
import { EARLIER_OUTSTANDING_ON_SCREEN, earlierFlagsOnScreen } from '../pathway/on-screen-words';
import type { FlagRule, Pathway } from '../pathway/schema';
import { questionLabel, riskItemLabel, roleLabel, subjectLabel } from '../output/labels';
import { plainInline } from '../output/plain-text';
import { babySituationText } from '../output/situation-text';
import { ukDate, ukDateTime } from '../output/uk-time';
import { storyHistoryOf } from '../contact/story-history';
import { decodeHandoverBlocks, type DecodeProblem } from './handover-block';
import type { FlagFact, FlagRaisedFact, HandoverFacts, HistoryFact, OutcomeFact, OutstandingFact, ReferralFact, ScoreFact, ScreeningFact } from '../contact/handover-facts';

// Reading a decoded handover block back in words, for the "load story so far" preview and for the
// summary's "Already known" section. Everything is rendered from ids through the pathway
// definition, so the wording is the tool's own neutral wording (a block has no text of its own).
// Ids this pathway version does not know are shown as ids, with a warning, never guessed.

export interface FactText {
  full: string;
  short: string;
}

/**
 * Where a fact's words are read: the record (the next contact's summary, "Already known") or a
 * screen that others in the room may read (the handover preview; H121).
 */
export type ReadOn = 'record' | 'screen';

/**
 * An earlier card is worded neutrally on screen when its rule says so (data `neutralOnScreen`:
 * harm or danger to the baby or another person, safeguarding, domestic abuse; H121), and when this
 * pathway no longer knows the rule: its id alone may name the topic ("SG-…", "…-HARM-TO-BABY").
 */
function neutralOnScreen(rule: FlagRule | undefined): boolean {
  return !rule || rule.neutralOnScreen === true;
}

/**
 * "[E5] A flag not shown on this screen: … (2 Mar 2026, not acknowledged then)". The status stays:
 * a card never acknowledged is the most urgent thing on the screen, and the words reveal no topic
 * (specialist review of H121, must-fix 1).
 */
function neutralFlagLine(level: string, at: string, notAcknowledged: boolean, count = 1): string {
  return plainInline(`[${level}] ${earlierFlagsOnScreen(count)} (${ukDate(at)}${notAcknowledged ? ', not acknowledged then' : ''})`);
}

/**
 * The screen's lines for earlier cards, in order: a card read plainly once per line; the neutral
 * lines of the same level, date and acknowledgement said once, with how many cards they stand for
 * (H121; specialist review, should-fix 7).
 */
function screenFlagLines<F extends { ruleId: string; level: string; at: string }>(
  facts: readonly F[],
  definition: Pathway,
  plainLine: (fact: F) => string,
  notAcknowledged: (fact: F, rule: FlagRule | undefined) => boolean,
): string[] {
  const lines = new Map<string, { count: number; text: (count: number) => string }>();
  for (const fact of facts) {
    const rule = definition.flagRules.find((r) => r.id === fact.ruleId);
    if (neutralOnScreen(rule)) {
      const open = notAcknowledged(fact, rule);
      const key = neutralFlagLine(fact.level, fact.at, open);
      const seen = lines.get(key);
      if (seen) seen.count += 1;
      else lines.set(key, { count: 1, text: (count) => neutralFlagLine(fact.level, fact.at, open, count) });
    } else {
      const text = plainLine(fact);
      if (!lines.has(text)) lines.set(text, { count: 1, text: () => text });
    }
  }
  return [...lines.values()].map(({ count, text }) => text(count));
}

/**
 * "Not acknowledged then" only for a card that was to be acknowledged (H109): a "risk not known"
 * prompt has nothing to acknowledge, and the words read as a missed red flag. A rule this pathway
 * no longer knows keeps the words (the safer reading of an unknown card).
 */
function notAcknowledgedThen(fact: FlagFact, rule: FlagRule | undefined, definition: Pathway): boolean {
  if (fact.acknowledged) return false;
  return rule ? needsAcknowledgement(rule.kind, fact.subject, definition.outstandingRules) : true;
}

const subjectTag = (subject: HistoryFact['subject']) => (subject === 'partner' ? '[partner]' : '[birthing parent]');
const subjectTagShort = (subject: HistoryFact['subject']) => (subject === 'partner' ? '[partner]' : '[her]');

function indexOf(definition: Pathway) {
  return indexPathway(definition);
}

export function contactTypeLabel(id: string): string {
  return contactTypes.find((t) => t.id === id)?.label ?? id;
}

/** "SMI history" and "Yes, in the past" for a history fact. */
export function historyFactText(fact: HistoryFact, definition: Pathway = pathway): { label: FactText; value: string; known: boolean } {
  const entry = indexOf(definition).questions.get(fact.questionId);
  const label = questionLabel[fact.questionId] ?? { full: entry?.question.text ?? fact.questionId, short: fact.questionId };
  const option = entry?.question.options.find((o) => o.id === fact.optionId);
  return { label, value: option?.label ?? fact.optionId, known: !!entry && !!option };
}

export function screeningFactText(fact: ScreeningFact, definition: Pathway = pathway): FactText {
  const instrument = definition.instruments.find((i) => i.id === fact.instrumentId);
  const name = instrument?.name ?? fact.instrumentId;
  const shortName = instrument?.shortName ?? fact.instrumentId;
  const window = instrument ? ` (recall: ${instrument.recallWindow.text})` : '';
  const when = `on ${ukDate(fact.at)} (${roleLabel[fact.role]})`;
  let result: string;
  let short: string;
  if (fact.status === 'complete' && fact.total !== null) {
    const bands = (fact.subject === 'partner' ? instrument?.bands.partner : undefined) ?? instrument?.bands.default ?? [];
    const band = bands.find((b) => b.id === fact.bandId);
    const bandLabel = band ? band.label : (fact.bandId ?? '');
    // Thresholds are organisation settings, so say which one was used (not for Whooley's Yes/No).
    const range = fact.bandFrom !== null && fact.bandFrom > 0 && fact.instrumentId !== 'whooley' && !/\d/.test(bandLabel) ? ` (from ${fact.bandFrom})` : '';
    result = `${fact.total} of ${fact.maxTotal} - ${bandLabel}${range}`;
    short = `${fact.total}/${fact.maxTotal}`;
  } else if (fact.status === 'declined') {
    result = 'declined (not a score)';
    short = 'declined';
  } else {
    result = 'incomplete, not scored';
    short = 'incomplete';
  }
  const risks = fact.itemRisk.map((r) => {
    const label = riskItemLabel[r.questionId]?.full ?? r.questionId;
    return r.status === 'unknown' ? `${label}: not known` : `${label}: ${r.score ?? '?'}${r.status === 'positive' ? ' (above 0)' : ''}`;
  });
  const risksShort = fact.itemRisk.map((r) =>
    r.status === 'unknown' ? `${riskItemLabel[r.questionId]?.short ?? r.questionId} not known` : `${riskItemLabel[r.questionId]?.short ?? r.questionId} ${r.score ?? '?'}`,
  );
  return {
    full: plainInline(`${subjectTag(fact.subject)} ${name}${window}, ${when}: ${result}${risks.length ? `; ${risks.join('; ')}` : ''}`),
    short: plainInline(`${subjectTagShort(fact.subject)} ${shortName} ${ukDate(fact.at)} ${short}${risksShort.length ? `, ${risksShort.join(', ')}` : ''}`),
  };
}

export function flagFactText(fact: FlagFact, definition: Pathway = pathway, readOn: ReadOn = 'record'): FactText {
  const rule = definition.flagRules.find((r) => r.id === fact.ruleId);
  const notAcknowledged = notAcknowledgedThen(fact, rule, definition);
  if (readOn === 'screen' && neutralOnScreen(rule)) {
    const text = neutralFlagLine(fact.level, fact.at, notAcknowledged);
    return { full: text, short: text };
  }
  const title = rule?.title ?? fact.ruleId;
  return {
    full: plainInline(`[${fact.level}] ${title} (${subjectLabel[fact.subject]}), ${ukDate(fact.at)}${notAcknowledged ? ', not acknowledged then' : ''}`),
    short: plainInline(`[${fact.level}] ${title} ${ukDate(fact.at)}`),
  };
}

const decisionWords: Record<NonNullable<OutcomeFact['decision']>, string> = {
  done: 'done',
  offered: 'offered',
  'declined-by-family': 'declined by the family',
  'not-appropriate': 'not appropriate',
};

export function outcomeFactText(fact: OutcomeFact, definition: Pathway = pathway): FactText {
  const outcome = definition.outcomes.find((o) => o.code === fact.code);
  const strength = fact.strength === 'recommend' ? 'recommended' : fact.strength === 'consider' ? 'to consider' : 'chosen';
  const decision = fact.decision ? decisionWords[fact.decision] : 'no decision recorded';
  return {
    full: plainInline(`${fact.code} ${outcome?.title ?? ''} (${subjectLabel[fact.subject]}): ${strength}; ${decision}`),
    short: plainInline(`${fact.code} (${fact.subject === 'partner' ? 'partner' : 'her'}) ${decision}`),
  };
}

/** "[her] EPDS 13/30 Probable depression, 2 Mar 2026 (Health visitor)" for the story over time. */
export function scoreFactText(fact: ScoreFact, definition: Pathway = pathway): string {
  const instrument = definition.instruments.find((i) => i.id === fact.instrumentId);
  const bands = (fact.subject === 'partner' ? instrument?.bands.partner : undefined) ?? instrument?.bands.default ?? [];
  const band = bands.find((b) => b.id === fact.bandId)?.label ?? fact.bandId;
  return plainInline(
    `${subjectTagShort(fact.subject)} ${instrument?.shortName ?? fact.instrumentId} ${fact.total}/${fact.maxTotal}${band ? ` ${band}` : ''}, ${ukDate(fact.at)} (${roleLabel[fact.role]})`,
  );
}

export function flagRaisedFactText(fact: FlagRaisedFact, definition: Pathway = pathway, readOn: ReadOn = 'record'): string {
  const rule = definition.flagRules.find((r) => r.id === fact.ruleId);
  if (readOn === 'screen' && neutralOnScreen(rule)) return neutralFlagLine(fact.level, fact.at, false);
  return plainInline(`[${fact.level}] ${rule?.title ?? fact.ruleId} (${subjectLabel[fact.subject]}), ${ukDate(fact.at)}`);
}

export function referralFactText(fact: ReferralFact, definition: Pathway = pathway): string {
  const outcome = definition.outcomes.find((o) => o.code === fact.code);
  return plainInline(
    `${fact.code} ${outcome?.title ?? ''} (${subjectLabel[fact.subject]}): ${decisionWords[fact.decision]} on ${ukDate(fact.at)} (${roleLabel[fact.role]})`,
  );
}

/** The warning when old entries were dropped to keep the block bounded (H90: never silently). */
export function droppedText(count: number): string {
  return `${count} older ${count === 1 ? 'entry' : 'entries'} of the history ${count === 1 ? 'was' : 'were'} dropped to keep the handover block short (oldest first). Check the record for earlier results.`;
}

/**
 * An outstanding fact in the words of its outstanding rule (pathway data, lib/pathway/outstanding.ts
 * `handoverText`; issue 16: one registry, no second wording table here). The rule for the fact's
 * subject where there is one (the partner's private time to talk says "the partner"), else the first
 * of its kind; {measure} and {who} are filled from the fact.
 */
export function outstandingFactText(fact: OutstandingFact, definition: Pathway = pathway, readOn: ReadOn = 'record'): FactText {
  const instrument = fact.instrumentId ? definition.instruments.find((i) => i.id === fact.instrumentId) : undefined;
  const rules = definition.outstandingRules.filter((r) => r.kind === fact.kind && r.handoverText);
  const rule = rules.find((r) => fact.subject && r.subjects.includes(fact.subject) && r.subjects.length === 1) ?? rules[0];
  // Its handover words name danger to the baby or another person (data `neutralOnScreen`, H121).
  if (readOn === 'screen' && rule?.neutralOnScreen) return { full: EARLIER_OUTSTANDING_ON_SCREEN, short: EARLIER_OUTSTANDING_ON_SCREEN.replace(/\.$/, '') };
  const who = fact.subject ? (rule?.words?.[`who-${fact.subject}`] ?? '') : '';
  const template = rule?.handoverText ?? fact.kind;
  // A measure fact names its instrument; without one (never written so) say "A measure".
  const base = template.includes('{measure}') && !instrument ? template.replace('{measure}{who}', 'A measure') : template;
  const text = base.replace('{measure}', instrument?.shortName ?? '').replace('{who}', who);
  return { full: text, short: text.replace(/\.$/, '') };
}

const unique = (lines: string[]) => [...new Set(lines)];

/** On every handover preview (H118-d). */
export const SAFEGUARDING_NOT_SHOWN = 'Safeguarding decisions are never shown on this screen: read the record before you continue.';

export interface HandoverPreview {
  /** "From Midwife: booking appointment on 2 Mar 2026 (Midwife)" */
  heading: string;
  sections: Array<{ title: string; lines: string[] }>;
  /** Things to check before accepting (not errors: the block itself is valid). */
  warnings: string[];
}

/**
 * What the practitioner sees before accepting a pasted block. `contact` (the new contact) lets it
 * warn about a block dated after this contact started, or made with another pathway version.
 */
export function previewHandover(facts: HandoverFacts, contact?: Contact, definition: Pathway = pathway): HandoverPreview {
  const warnings: string[] = [];
  const sections: HandoverPreview['sections'] = [];
  const history = facts.history.map((fact) => {
    const text = historyFactText(fact, definition);
    if (!text.known) warnings.push(`A history answer (${fact.questionId}) is not known to this version and will be ignored.`);
    return `${subjectTag(fact.subject)} ${text.label.full}: ${text.value} (${ukDate(fact.at)}, ${roleLabel[fact.role]})`;
  });
  if (history.length) sections.push({ title: 'History (you will be asked to confirm it is still true)', lines: history });
  if (facts.screening.length) {
    sections.push({ title: 'Earlier screening (not counted as today\'s results)', lines: facts.screening.map((f) => screeningFactText(f, definition).full) });
  }
  // Cards about harm or danger to the baby or another person, safeguarding or abuse read neutrally
  // here (H121; data `neutralOnScreen`); identical neutral lines (the same level, date and
  // acknowledgement) are said once, with how many cards they stand for.
  if (facts.flags.length) {
    const lines = screenFlagLines(facts.flags, definition, (f) => flagFactText(f, definition).full, (f, rule) => notAcknowledgedThen(f, rule, definition));
    sections.push({ title: 'Earlier flags', lines });
  }
  // The preview is on screen at the next contact, perhaps with the partner in the room: an outcome the
  // partner may not read (data `notForPartner`: safeguarding, O10; H118, reference §4.3) is not shown.
  // It stays in the block and in the record.
  const shown = (code: string) => !definition.outcomes.some((o) => o.code === code && o.notForPartner);
  const outcomeLines = facts.outcomes.filter((f) => shown(f.code)).map((f) => outcomeFactText(f, definition).full);
  if (outcomeLines.length) sections.push({ title: 'Outcomes at that contact', lines: outcomeLines });
  // Version 2 (issue 14): the story over time and the baby's situation.
  const story = storyHistoryOf(facts);
  if (story.baby) {
    const text = babySituationText[story.baby.situation];
    sections.push({ title: "The baby's situation", lines: [`${text.charAt(0).toUpperCase()}${text.slice(1)} (recorded ${ukDate(story.baby.at)})`] });
  }
  if (story.scores.length) sections.push({ title: 'Scores over time', lines: story.scores.map((f) => scoreFactText(f, definition)) });
  if (story.flagsRaised.length) {
    sections.push({ title: 'Red flags raised over time', lines: screenFlagLines(story.flagsRaised, definition, (f) => flagRaisedFactText(f, definition), () => false) });
  }
  const referralLines = story.referrals.filter((f) => shown(f.code)).map((f) => referralFactText(f, definition));
  if (referralLines.length) sections.push({ title: 'Referrals and actions over time', lines: referralLines });
  if (story.dropped > 0) warnings.push(droppedText(story.dropped));
  if (facts.outstanding.length) {
    sections.push({ title: 'Outstanding from that contact', lines: unique(facts.outstanding.map((f) => outstandingFactText(f, definition, 'screen').full)) });
  }
  if (sections.length === 0) sections.push({ title: 'Nothing to carry over', lines: ['The block holds no history, results or outstanding items.'] });
  // The same words on every preview, so the line itself reveals nothing, yet the next practitioner
  // knows the screen leaves safeguarding out and reads the record (specialist review of H118,
  // must-fix 5; S27, reference §4.3).
  sections.push({ title: 'Safeguarding', lines: [SAFEGUARDING_NOT_SHOWN] });
  if (facts.source.pathwayVersion !== definition.version) {
    warnings.push(`Made with pathway ${facts.source.pathwayVersion}; this is ${definition.version}. Check the facts still apply.`);
  }
  if (contact && Date.parse(facts.source.at.replace('Z', ':00Z')) > Date.parse(contact.startedAt) + 5 * 60_000) {
    warnings.push('This block is dated after this contact started. Check it belongs to this family.');
  }
  return {
    heading: plainInline(
      `From ${contactTypeLabel(facts.source.contactType)} on ${ukDateTime(facts.source.at.replace('Z', ':00Z'))} (${roleLabel[facts.source.role]})`,
    ),
    sections,
    warnings,
  };
}

/** The change that accepts a previewed block into the open contact ("load story so far"). */
export function acceptStorySoFar(facts: HandoverFacts, at: string): ContactChange {
  return { type: 'load-story-so-far', facts, at };
}

/** The change that removes it again (for example, the wrong family's block was pasted). */
export function clearStorySoFar(at: string): ContactChange {
  return { type: 'clear-story-so-far', at };
}

export type PreparedStory =
  | { ok: true; facts: HandoverFacts; preview: HandoverPreview }
  | { ok: false; problem: DecodeProblem; message: string };

/**
 * "Load story so far", step 1: decode what was pasted and preview it. Pure: nothing is changed
 * until the practitioner accepts, and then only through `acceptStorySoFar(facts, now)`, saved like
 * any other change. A damaged, truncated, tampered or newer block returns a message and no facts.
 */
export function prepareStorySoFar(pasted: unknown, contact?: Contact): PreparedStory {
  const decoded = decodeHandoverBlocks(pasted);
  if (!decoded.ok) return { ok: false, problem: decoded.problem, message: decoded.message };
  return { ok: true, facts: decoded.facts, preview: previewHandover(decoded.facts, contact) };
}
