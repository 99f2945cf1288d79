import type { AnswerKey, ContactSituation, ReportSource, SafetyPlanField, Subject } from '../contact/contact';
import { safetyPlanDue } from '../pathway/safety-plan';
import { hasSafetyPlanContent, safetyPlanRecordHeadings } from './safety-plan-copy';
import type { LocalSettingsNotice } from '../config/local-settings';
import type { OrganisationConfig } from '../config/schema';
import { servicesForOutcome } from '../config/services-for-outcome';
import { escalationLadder } from '../pathway/escalation';
import { outcomes } from '../pathway/outcomes';
import type { Outcome } from '../pathway/schema';
import type { BandView, CountedAnswer, InstrumentResult, ItemView, OutstandingItem } from '../pathway/evaluation';
import {
  HISTORY_QUESTIONS,
  decisionLabel,
  instrumentItemLabel,
  notAskedReasonLabel,
  questionLabel,
  riskItemLabel,
  roleLabel,
  roleShort,
  sourceTag,
  sourceTagShort,
  subjectLabel,
} from './labels';
import { plainInline, plainParagraphs } from './plain-text';
import { babyAgeText, babySituationText, interpreterText } from './situation-text';
import { line, type SummaryLine, type Tier } from './summary-line';
import { storySoFarLines } from './story-so-far-lines';
import { headlineLines, headlineText } from './headline';
import { sinceLastContactLines } from './since-last-contact';
import type { SummaryView, ViewFlag, ViewOutcome } from './summary-view';
import { TIME_ZONE_LABEL, ukDateTime, ukTimeRelativeTo } from './uk-time';

// The summary as data: sections of lines, each with full and short wording and a tier. The full
// summary, the compact summary and the partner summary are renderings of this one model, so they
// cannot disagree, and the compact one can prove it kept every tier-0 line.
//
// Tiers (what the compact summary may leave out when a field is short):
//   0 never left out: the contact, risk lines (instrument results and item-level risk answers),
//     red flags and the level, outcomes and decisions;
//   1 left out only after everything below: outstanding items, consent, plan, next contact, the
//     story so far, presence, "not asked";
//   2 other answers and the reasons behind outcomes;
//   3 the family's own words (long free text).

export type SectionId =
  | 'contact'
  | 'already-known'
  | 'since-last-contact'
  | 'birthing-parent'
  | 'partner'
  | 'baby'
  | 'risk'
  | 'safety-plan'
  | 'outcomes'
  | 'consent'
  | 'family-words'
  | 'plan'
  | 'not-asked';

export interface SummarySection {
  id: SectionId;
  title: string;
  shortTitle: string;
  lines: SummaryLine[];
}

export interface SummaryModel {
  title: string;
  /** At most six lines first (issue 13): who was seen, results, risk, decisions, what next. */
  headline: string[];
  preamble: string[];
  /** The short version's preamble (one line), when it differs. */
  preambleShort?: string[];
  sections: SummarySection[];
}

const ladder = new Map(escalationLadder.map((e) => [e.level, e]));
// Outcome titles come from the pathway data (lib/pathway/outcomes.ts, issue 16): one table.
const outcomeByCode = new Map(outcomes.map((o) => [o.code, o]));

function outcomeShortTitle(code: string): string {
  return outcomeByCode.get(code as Outcome['code'])?.shortTitle ?? code;
}

const bandShort: Record<string, string> = {
  'below-threshold': 'below threshold',
  'possible-depression': 'possible',
  'probable-depression': 'probable',
  'below-partner-threshold': 'below partner threshold',
  'at-or-above-partner-threshold': 'at/above partner threshold',
  'none-minimal': 'none/minimal',
  'moderately-severe': 'mod. severe',
  negative: 'negative',
  positive: 'positive',
};

function subjectShort(subject: Subject): string {
  return subject === 'partner' ? 'partner' : 'her';
}

/** "Probable depression (13 or more)" — the range is added unless the label already has one. */
export function bandText(band: BandView, maxTotal: number): { full: string; short: string } {
  const range = band.from === 0 ? `${band.to} or less` : band.to >= maxTotal ? `${band.from} or more` : `${band.from}-${band.to}`;
  const rangeShort = band.from === 0 ? `<=${band.to}` : band.to >= maxTotal ? `>=${band.from}` : `${band.from}-${band.to}`;
  const full = /\d/.test(band.label) ? band.label : `${band.label} (${range})`;
  return { full, short: `${rangeShort} ${bandShort[band.id] ?? band.label.toLowerCase().replace(/\s*\(.*\)\s*/g, '')}` };
}

function instrumentTitle(result: InstrumentResult): string {
  return `${result.name} (recall: ${result.recallWindow.text})`;
}

/** The instrument's result and its item-level risk answers: tier 0, never left out. */
export function instrumentLines(view: SummaryView, result: InstrumentResult): SummaryLine[] {
  if (result.status === 'not-started') return [];
  const tag = sourceTag('self', result.subject);
  const tagShort = sourceTagShort('self', result.subject);
  const lines: SummaryLine[] = [];
  const answersOf = view.answers.filter((a) => a.instrumentId === result.instrumentId && a.subject === result.subject);

  if (result.instrumentId === 'whooley') {
    const qs = answersOf
      .filter((a) => a.questionId === 'whooley.1' || a.questionId === 'whooley.2' || a.questionId === 'whooley.help')
      .map((a) => ({ full: `${questionLabel[a.questionId]?.full ?? a.text}: ${stateText(a)}`, short: `${questionLabel[a.questionId]?.short ?? a.questionId} ${stateShort(a)}` }));
    const status =
      result.status === 'complete' && result.band
        ? { full: result.band.label, short: result.positive ? 'positive' : 'negative' }
        : result.status === 'declined'
          ? { full: 'declined (not a score)', short: 'declined' }
          : result.positive
            ? { full: 'positive (Yes to a question; the other not answered)', short: 'positive (incomplete)' }
            : { full: 'incomplete, not scored', short: 'incomplete' };
    lines.push({
      ...line(
        `${tag} ${instrumentTitle(result)}: ${status.full}${qs.length ? `. ${qs.map((q) => q.full).join('; ')}` : ''}`,
        `${tagShort} Whooley: ${status.short}${qs.length ? ` (${qs.map((q) => q.short).join(', ')})` : ''}`,
        0,
      ),
      headline: 'result',
    });
    return [...lines, ...instrumentNoteLines(view, answersOf, result, new Set())];
  }

  let full: string;
  let short: string;
  if (result.status === 'complete' && result.total !== null && result.band) {
    const band = bandText(result.band, result.maxTotal);
    full = `${result.total} of ${result.maxTotal} - ${band.full}`;
    short = `${result.total}/${result.maxTotal} (${band.short})`;
  } else if (result.status === 'declined') {
    full = 'declined (not a score)';
    short = 'declined, no score';
  } else {
    full = `incomplete, not scored (${result.answeredCount} of ${result.itemCount} items answered)`;
    short = `incomplete ${result.answeredCount}/${result.itemCount} items, no score`;
    if (result.positiveOnAnsweredItems || result.bandAtLeast) {
      const atLeast = result.bandAtLeast ? ` (at least "${result.bandAtLeast.label}")` : '';
      full += `; the items answered alone already reach the threshold${atLeast}`;
      short += result.bandAtLeast ? `, already >=${result.bandAtLeast.from}` : ', already positive';
    }
  }
  lines.push({ ...line(`${tag} ${instrumentTitle(result)}: ${full}`, `${tagShort} ${result.shortName} ${short}`, 0), headline: 'result' });

  for (const risk of result.itemRisk) {
    const label = riskItemLabel[risk.questionId] ?? { full: instrumentItemLabel(risk.questionId, result.shortName), short: instrumentItemLabel(risk.questionId, result.shortName) };
    const missing = result.missing.find((m) => m.key === risk.key);
    let value: string;
    let valueShort: string;
    if (risk.status === 'positive') {
      value = `${risk.optionLabel ?? ''} (${risk.score ?? '?'}) - above 0: acted on whatever the total`;
      valueShort = `${risk.optionLabel ?? ''} (${risk.score ?? '?'}) ABOVE 0`;
    } else if (risk.status === 'negative') {
      value = `${risk.optionLabel ?? ''} (${risk.score ?? 0})`;
      valueShort = value;
    } else if (missing?.status === 'declined') {
      value = 'declined - self-harm risk not known from this item';
      valueShort = 'DECLINED, risk not known';
    } else if (missing?.status === 'not-asked') {
      value = `not asked (${missing.reason ? notAskedReasonLabel[missing.reason] : 'no reason'}) - self-harm risk not known from this item`;
      valueShort = 'NOT ASKED, risk not known';
    } else {
      value = 'not answered - self-harm risk not known from this item';
      valueShort = 'NOT ANSWERED, risk not known';
    }
    lines.push(withNote(line(`${label.full}: ${value}`, `${label.short}: ${valueShort}`, 0, 1), noteOf(view, risk.key)));
  }
  return [...lines, ...instrumentNoteLines(view, answersOf, result, new Set(result.itemRisk.map((r) => r.key)))];
}

/** Notes on an instrument's other items, each under the instrument with the item it belongs to. */
function instrumentNoteLines(view: SummaryView, answers: readonly CountedAnswer[], result: InstrumentResult, done: ReadonlySet<string>): SummaryLine[] {
  return answers.flatMap((a) => {
    const note = noteOf(view, a.key);
    if (!note || done.has(a.key)) return [];
    const label = questionLabel[a.questionId]?.full ?? instrumentItemLabel(a.questionId, result.shortName);
    return [{ ...line(`${label}: ${stateText(a)} (note: ${note})`, `${label}: ${stateShort(a)} (note: ${note})`, 2, 1), noted: true as const }];
  });
}

function stateText(answer: CountedAnswer): string {
  switch (answer.state.status) {
    case 'answered':
      return answer.state.label;
    case 'declined':
      return 'declined';
    case 'not-asked':
      return `not asked (${notAskedReasonLabel[answer.state.reason]})`;
  }
}

function stateShort(answer: CountedAnswer): string {
  switch (answer.state.status) {
    case 'answered':
      return answer.state.label;
    case 'declined':
      return 'declined';
    case 'not-asked':
      return 'not asked';
  }
}

function labelOf(answer: Pick<CountedAnswer, 'questionId' | 'text'>): { full: string; short: string } {
  const known = questionLabel[answer.questionId];
  if (known) return known;
  return { full: answer.text, short: answer.text };
}

/** The practitioner's short note on an answer (issue 13), made paste-safe; '' when there is none. */
function noteOf(view: SummaryView, key: AnswerKey): string {
  return plainInline(view.contact.answers[key]?.note ?? '');
}

/** The line with its answer's note beside it, in both wordings (both versions print it). */
function withNote(l: SummaryLine, note: string): SummaryLine {
  if (!note) return l;
  return { ...l, full: `${l.full} (note: ${note})`, short: `${l.short} (note: ${note})`, ...(l.brief ? { brief: `${l.brief} (note: ${note})` } : {}), noted: true };
}

/** One answered (non-instrument) question. Declined and not-asked answers go to "Not asked, and why". */
function answerLine(view: SummaryView, answer: CountedAnswer, tier: Tier): SummaryLine | null {
  if (answer.state.status !== 'answered') return null;
  const label = labelOf(answer);
  return withNote(
    line(
      `${sourceTag(answer.respondent, answer.subject)} ${label.full}: ${answer.state.label}`,
      `${sourceTagShort(answer.respondent, answer.subject)} ${label.short}: ${answer.state.label}`,
      tier,
    ),
    noteOf(view, answer.key),
  );
}

/** Answers to render in a section, in layout order, with each instrument at its first item. */
function answerBlock(view: SummaryView, answers: readonly CountedAnswer[]): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const done = new Set<string>();
  const checkDone = new Set<Subject>();
  for (const answer of answers) {
    if (answer.instrumentId) {
      const id = `${answer.subject}/${answer.instrumentId}`;
      if (done.has(id)) continue;
      done.add(id);
      const result = view.instruments.find((r) => r.subject === answer.subject && r.instrumentId === answer.instrumentId);
      if (result) lines.push(...instrumentLines(view, result));
      continue;
    }
    if (isCheckAnswer(view, answer)) {
      // The red-flag check is written as one block per subject, at its first item.
      if (checkDone.has(answer.subject)) continue;
      checkDone.add(answer.subject);
      lines.push(...redFlagCheckLines(view, checkEntries(view, answer.subject, answers)));
      continue;
    }
    // Risk answers are tier 0 by the pathway data's summaryRisk markers (issue 16), never by id or wording.
    const tier: Tier = isRiskAnswer(view, answer) ? 0 : 2;
    const l = answerLine(view, answer, tier);
    if (l) lines.push(l);
  }
  return lines;
}

/** The answer is a risk line by the pathway data's `summaryRisk` markers (the question or the option). */
function isRiskAnswer(view: SummaryView, answer: CountedAnswer): boolean {
  if (answer.state.status !== 'answered') return false;
  return view.items.get(answer.key)?.summaryRiskOptions?.includes(answer.state.optionId) ?? false;
}

type CheckEntry = Pick<CountedAnswer, 'key' | 'subject' | 'respondent' | 'questionId' | 'text' | 'raisedBy'> & { state: ItemView['state'] };

/**
 * The check items to write for one subject: those answered in this block, and those another answer
 * raised even if the item itself was never answered (it still reads as seen), in layout order.
 */
function checkEntries(view: SummaryView, subject: Subject, answers: readonly CountedAnswer[]): CheckEntry[] {
  const answered = new Map(answers.filter((a) => a.subject === subject && isCheckAnswer(view, a)).map((a) => [a.key, a]));
  return [...view.items.values()].flatMap((item): CheckEntry[] => {
    if (item.subject !== subject) return [];
    const answer = answered.get(item.key);
    if (answer) return [answer];
    return item.raisedBy?.length && item.state.status === 'unanswered' ? [item] : [];
  });
}

/** Raised check items never answered, for a section with no check answer of this subject at all. */
function raisedUnanswered(view: SummaryView, subject: Subject, section: string): CheckEntry[] {
  return [...view.items.values()].filter((i) => i.subject === subject && i.section === section && i.raisedBy?.length && i.state.status === 'unanswered');
}

/** An item of the red-flag check: it records who reported it, or another answer can raise it. */
function isCheckAnswer(view: SummaryView, answer: CountedAnswer): boolean {
  const item = view.items.get(answer.key);
  return !!(answer.raisedBy || item?.recordsWhoReported);
}

const fromLabel: Record<ReportSource, (subject: Subject) => string> = {
  parent: (subject) => (subject === 'partner' ? 'their own account' : 'her own account'),
  practitioner: () => 'observation',
  informant: () => 'a partner or relative',
};

function fromText(subject: Subject, from: readonly ReportSource[] | undefined): { full: string; short: string } {
  if (!from?.length) return { full: 'who reported it not recorded', short: 'source not recorded' };
  return {
    full: `from ${from.map((f) => fromLabel[f](subject)).join(' and ')}`,
    short: from.map((f) => ({ parent: subject === 'partner' ? 'them' : 'her', practitioner: 'obs', informant: 'informant' })[f]).join('+'),
  };
}

/**
 * The red-flag check, itemised (issue 10 items 4 and 9). An item another answer raised (an
 * informant's report, the relationship observation, an item-level risk answer) reads as SEEN, naming
 * what raised it, whatever the item itself was answered: the record never says "not seen" beside a
 * raised flag. Items answered "not seen" are listed together by who reported them; the words
 * "none of these seen" are used only when every item of the check is not seen and none was raised.
 */
function redFlagCheckLines(view: SummaryView, answers: readonly CheckEntry[]): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const notSeen = new Map<string, CheckEntry[]>();
  for (const answer of answers) {
    const label = labelOf(answer);
    const tag = sourceTag(answer.respondent, answer.subject);
    const tagShort = sourceTagShort(answer.respondent, answer.subject);
    if (answer.raisedBy?.length) {
      const by = answer.raisedBy.map((r) => `${sourceTag(r.respondent, r.subject)} ${(questionLabel[r.questionId] ?? riskItemLabel[r.questionId])?.full ?? r.text}: ${r.answer}`);
      const byShort = answer.raisedBy.map((r) => (questionLabel[r.questionId] ?? riskItemLabel[r.questionId])?.short ?? r.questionId);
      lines.push(
        line(
          `${tag} ${label.full}: SEEN - raised by ${by.join('; ')}${answer.state.status === 'answered' ? ' (this overrides the earlier answer to this item)' : ''}`,
          `${tagShort} ${label.short}: SEEN (raised by ${byShort.join(', ')})`,
          0,
        ),
      );
      continue;
    }
    if (answer.state.status !== 'answered') continue;
    if (answer.state.optionId === 'no') {
      const id = (answer.state.from ?? []).join('+');
      notSeen.set(id, [...(notSeen.get(id) ?? []), answer]);
      continue;
    }
    const from = fromText(answer.subject, answer.state.from);
    lines.push(
      withNote(
        line(`${tag} ${label.full}: ${answer.state.label} (${from.full})`, `${tagShort} ${label.short}: ${answer.state.label} (${from.short})`, 0),
        noteOf(view, answer.key),
      ),
    );
  }
  // "None of these" only when every item of the check shown for this person is answered "not seen".
  const subject = answers[0]?.subject;
  const checkItems = [...view.items.values()].filter((i) => i.subject === subject && i.recordsWhoReported);
  const everyItemNotSeen =
    lines.length === 0 &&
    checkItems.length > 0 &&
    checkItems.every((i) => i.state.status === 'answered' && i.state.optionId === 'no' && !i.raisedBy);
  const checkName = subject === 'partner' ? 'Partner red-flag check' : 'Red-flag check';
  for (const group of notSeen.values()) {
    const first = group[0]!;
    const from = fromText(first.subject, first.state.status === 'answered' ? first.state.from : undefined);
    const tag = sourceTag(first.respondent, first.subject);
    const tagShort = sourceTagShort(first.respondent, first.subject);
    const items = group.map((a) => labelOf(a));
    lines.push(
      everyItemNotSeen && notSeen.size === 1
        ? line(
            `${tag} ${checkName}: none of these seen or reported (${from.full}): ${items.map((i) => i.short).join('; ')}`,
            `${tagShort} RF check: none seen, ${items.length} items (${from.short})`,
            0,
          )
        : {
            ...line(
              `${tag} ${checkName}, not seen (${from.full}): ${items.map((i) => i.short).join('; ')}`,
              `${tagShort} RF not seen (${from.short}): ${items.map((i) => i.short).join(', ')}`,
              0,
            ),
            brief: plainInline(`${tagShort} RF check: ${items.length} other item${items.length === 1 ? '' : 's'} not seen (${from.short})`),
          },
    );
    for (const answer of group) {
      const note = noteOf(view, answer.key);
      if (note) lines.push({ ...line(`${labelOf(answer).full} (note: ${note})`, `${labelOf(answer).short} (note: ${note})`, 0, 1), noted: true });
    }
  }
  return lines;
}

function sectionOf(view: SummaryView, key: AnswerKey): string | undefined {
  return view.items.get(key)?.section;
}

export type { SummaryLine };

// ---------------------------------------------------------------------------------------------

export interface ModelInput {
  view: SummaryView;
  config?: OrganisationConfig;
  /** Settings made on this device that differ from the national defaults (lib/config/local-settings.ts, H95). */
  localSettings?: LocalSettingsNotice | null;
}

/** What the practitioner recorded about the contact at its start (pathway 2026.4.0, issue 11). */
function situationLines(situation: ContactSituation | undefined): SummaryLine[] {
  if (!situation) return [];
  const lines: SummaryLine[] = [];
  if (situation.babySituation) lines.push(line(`Baby: ${babySituationText[situation.babySituation]}`, `Baby: ${babySituationText[situation.babySituation]}`, 0));
  if (situation.babyAgeDays !== undefined) {
    lines.push(line(`Baby's age at the start of the contact: ${babyAgeText(situation.babyAgeDays)}`, `Baby's age: ${babyAgeText(situation.babyAgeDays)}`, 0));
  }
  if (situation.gestationWeeks !== undefined) {
    lines.push(line(`Weeks of pregnancy at the start of the contact: ${situation.gestationWeeks}`, `Gestation: ${situation.gestationWeeks} weeks`, 0));
  }
  if (situation.language) lines.push(line(`Preferred language: ${plainInline(situation.language)}`, `Language: ${plainInline(situation.language)}`, 1));
  if (situation.interpreter) {
    lines.push(line(`Interpreter recorded at the start: ${interpreterText[situation.interpreter]}`, `Interpreter at start: ${interpreterText[situation.interpreter]}`, 1));
  }
  return lines;
}

/** Whether each instrument was asked with a validated translation (issue 11; the product ships none). */
function translationLines(used: Record<string, string> | undefined): SummaryLine[] {
  // The birthing parent's only: the partner's own measures may be kept out of her record (consent),
  // and even that one was asked must not show there.
  const entries = Object.entries(used ?? {})
    .filter(([key]) => key.startsWith('birthing-parent/'))
    .sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return [];
  const parts = entries.map(([key, value]) => {
    const instrument = key.slice(key.indexOf('/') + 1);
    return `${instrument.toUpperCase()} ${value === 'none' ? 'no' : 'yes'}`;
  });
  return [line(`Validated translation used (birthing parent): ${parts.join('; ')}`, `Validated translation: ${parts.join('; ')}`, 1)];
}

function contactSection(view: SummaryView): SummarySection {
  const { contact, evaluation } = view;
  const p = contact.presence;
  const present: string[] = [];
  if (p.birthingParent) present.push('birthing parent');
  if (p.partner) present.push('partner');
  if (p.otherAdults) present.push('other adult(s)');
  const ages = p.childrenAges.map((a) => (a === 0 ? 'a baby' : `a child aged ${a}`));
  present.push(...ages);
  if (p.olderChildPresent) present.push('an older child');
  const interpreter = p.professionalInterpreter
    ? p.familyInterpreter
      ? 'professional interpreter and a family member or friend interpreting'
      : 'professional interpreter'
    : p.familyInterpreter
      ? 'family member or friend interpreting'
      : 'none';
  const when = ukDateTime(contact.startedAt);
  return {
    id: 'contact',
    title: 'CONTACT',
    shortTitle: 'Contact',
    // The headline's "Seen" line writes these (H82): the short version has no contact section.
    lines: [
      line(`Contact: ${evaluation.contactType.label}`, evaluation.contactType.label, 0),
      { ...line(`Practitioner: ${roleLabel[contact.role]}`, roleShort[contact.role], 0), brief: roleLabel[contact.role].toLowerCase() },
      { ...line(`Date and time: ${when} (${TIME_ZONE_LABEL})`, when, 0), brief: `${when} ${TIME_ZONE_LABEL}` },
      line(
        `Present when this summary was made: ${present.join(', ') || 'nobody recorded'}`,
        `Present: ${present.join(', ') || 'none recorded'}`,
        1,
      ),
      // "Interpreter: none" is said only in the detailed version.
      { ...line(`Interpreter: ${interpreter}`, `Interpreter: ${interpreter}`, 1), ...(interpreter === 'none' ? { brief: '' } : {}) },
      ...situationLines(contact.situation),
      ...translationLines(contact.translationsUsed),
      line(`Birthing parent seen alone: ${evaluation.presence.privateNow ? 'yes' : 'no'}`, `Seen alone: ${evaluation.presence.privateNow ? 'yes' : 'no'}`, 1),
      // H21: answers given against another pathway version may have had other wording or rules.
      ...(evaluation.contact.pathwayVersion !== evaluation.pathwayVersion
        ? [
            line(
              `Note: the answers were given with pathway ${evaluation.contact.pathwayVersion}; this summary applies pathway ${evaluation.pathwayVersion}.`,
              `Pathway ${evaluation.contact.pathwayVersion} answers, ${evaluation.pathwayVersion} rules`,
              0,
            ),
          ]
        : []),
    ].map((l) => ({ ...l, headline: 'seen' as const })),
  };
}

function birthingParentSection(view: SummaryView): SummarySection {
  const knownKeys = new Set([...view.items.values()].filter((i) => i.known).map((i) => i.key));
  const answers = view.answers.filter(
    (a) =>
      a.subject === 'birthing-parent' &&
      a.respondent !== 'birthing-parent-about-partner' &&
      (sectionOf(view, a.key) === 'birthing-parent' || sectionOf(view, a.key) === 'context-and-history') &&
      !knownKeys.has(a.key),
  );
  const main = answers.filter((a) => sectionOf(view, a.key) === 'birthing-parent');
  const history = answers.filter((a) => sectionOf(view, a.key) === 'context-and-history');
  history.sort((a, b) => historyRank(a.questionId) - historyRank(b.questionId));
  const lines = [...answerBlock(view, main), ...answerBlock(view, history)];
  if (!main.some((a) => isCheckAnswer(view, a))) {
    const raised = raisedUnanswered(view, 'birthing-parent', 'birthing-parent');
    if (raised.length) lines.push(...redFlagCheckLines(view, raised));
  }
  if (view.privateQuestionAsked) {
    lines.push(
      line(
        'Private question: asked in private. Anything arising is recorded under local procedures, not in this summary.',
        'Private question: asked in private',
        1,
      ),
    );
  }
  if (lines.length === 0) lines.push({ ...line('Nothing recorded for the birthing parent at this contact.', 'Nothing recorded', 1), brief: '' });
  return { id: 'birthing-parent', title: 'BIRTHING PARENT', shortTitle: 'Her', lines };
}

function historyRank(questionId: string): number {
  const i = HISTORY_QUESTIONS.indexOf(questionId);
  return i === -1 ? HISTORY_QUESTIONS.length : i;
}

export const PARTNER_ELSEWHERE =
  "The partner's own answers are in a separate partner summary (not for this record): they have not agreed to share them here.";
export const PARTNER_ELSEWHERE_SHORT = "Partner's own answers: separate partner summary, not for this record";

function partnerSection(view: SummaryView): SummarySection {
  const answers = view.answers.filter(
    (a) => sectionOf(view, a.key) === 'partner' && (a.subject === 'partner' || a.respondent === 'birthing-parent-about-partner' || a.questionId.startsWith('partner.')),
  );
  const lines = answerBlock(view, answers);
  if (view.partnerWithheld) lines.push(line(PARTNER_ELSEWHERE, PARTNER_ELSEWHERE_SHORT, 0));
  if (lines.length === 0) lines.push({ ...line('Nothing recorded for a partner or co-parent at this contact.', 'Nothing recorded', 1), brief: '' });
  return { id: 'partner', title: 'PARTNER OR CO-PARENT', shortTitle: 'Partner', lines };
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

function babySection(view: SummaryView): SummarySection {
  const answers = view.answers.filter((a) => sectionOf(view, a.key) === 'baby-and-relationship');
  const lines = answerBlock(view, answers);
  // The baby's situation explains what was not asked (pathway 2026.4.0): say that, once.
  const notApplicable = view.evaluation.sections
    .find((s) => s.id === 'baby-and-relationship')
    ?.hidden.filter((h) => h.why === 'not-applicable' && h.subject === 'birthing-parent')
    .map((h) => h.reason);
  for (const reason of new Set(notApplicable ?? [])) lines.push(line(`Questions about the baby: ${lowerFirst(reason)}.`, lowerFirst(reason), 1));
  if (lines.length === 0) lines.push({ ...line('Nothing recorded about the baby and the relationship at this contact.', 'Nothing recorded', 1), brief: '' });
  return { id: 'baby', title: 'BABY AND RELATIONSHIP', shortTitle: 'Baby', lines };
}

function flagTag(view: SummaryView, flag: ViewFlag): { full: string; short: string } {
  const first = flag.triggeredBy.map((k) => view.items.get(k)).find((i): i is ItemView => !!i);
  if (!first) return { full: `[${subjectLabel[flag.subject]}]`, short: `[${subjectShort(flag.subject)}]` };
  return { full: sourceTag(first.respondent, first.subject), short: sourceTagShort(first.respondent, first.subject) };
}

function hiddenLabel(questionId: string, text: string): { full: string; short: string } {
  return riskItemLabel[questionId] ?? questionLabel[questionId] ?? { full: text, short: text };
}

function decisionFor(view: SummaryView, subject: Subject, code: string) {
  return view.contact.outcomeDecisions[`${subject}/${code}`];
}

function riskSection(view: SummaryView): SummarySection {
  const rung = ladder.get(view.level);
  // The level, risk not known, the warning and "no red flags" are written by the headline's "Risk"
  // line (H82; marked `headline: 'risk'`); the red flags are in both, the section with their detail.
  const lines: SummaryLine[] = [
    line(
      `Level: ${view.level} ${rung?.label ?? ''} - ${rung?.action ?? ''}. Timeframe: ${rung?.timeframe ?? ''}.`,
      `Level ${view.level} ${rung?.label ?? ''}`,
      0,
    ),
  ];
  // Unknown self-harm risk is said beside the red-flag lines, with why, never left to read as
  // "none" (issue 10 item 3; the engine's outstanding 'risk-not-known', from pathway data).
  const riskNotKnown = view.outstanding.filter((o) => o.kind === 'risk-not-known');
  for (const item of riskNotKnown) lines.push(line(item.text, item.text.replace(/\.$/, ''), 0));
  const reference = view.contact.startedAt;
  for (const flag of view.flags) {
    const tag = flagTag(view, flag);
    const ack = flag.acknowledgedAt ? `Acknowledged ${ukTimeRelativeTo(flag.acknowledgedAt, reference)}` : 'Not yet acknowledged';
    const ackShort = flag.acknowledgedAt ? `ack ${ukTimeRelativeTo(flag.acknowledgedAt, reference)}` : 'NOT acknowledged';
    const routes = flag.routes.map((code) => {
      const decision = decisionFor(view, flag.subject, code);
      return decision ? `${code} (${decisionLabel[decision.status]})` : `${code} (no decision recorded)`;
    });
    const routesShort = flag.routes.map((code) => {
      const decision = decisionFor(view, flag.subject, code);
      return decision ? `${code} ${decisionLabel[decision.status]}` : code;
    });
    const safety = flag.sharedForSafety
      ? " Shared here without the partner's consent to share because of a risk to the baby or others (a child's protection from harm takes priority, S27): record the information-sharing decision and reasons."
      : '';
    // A risk answer whose question a later change hid is named, with the answer given: it is the
    // one thing the next professional must act on, and the flag alone does not say which it was.
    const given = (flag.hiddenAnswers ?? []).map((h) => ({
      full: `${sourceTag(h.respondent, h.subject)} ${hiddenLabel(h.questionId, h.text).full}: ${h.answer}`,
      short: `${hiddenLabel(h.questionId, h.text).short}: ${h.answer}`,
    }));
    const givenFull = given.length ? ` Answer given earlier, now hidden by a later change: ${given.map((g) => g.full).join('; ')}.` : '';
    const givenShort = given.length ? `; earlier answer: ${given.map((g) => g.short).join(', ')}` : '';
    lines.push(
      line(
        `${tag.full} [${flag.level}] ${flag.title} (${subjectLabel[flag.subject]}).${givenFull} ${ack}.${routes.length ? ` Routes: ${routes.join(', ')}.` : ''} Timeframe: ${flag.timeframe}. Rule ${flag.ruleId} (${flag.sources.join(', ')}).${safety}`,
        `${tag.short} [${flag.level}] ${flag.title}${givenShort}; ${ackShort}${routesShort.length ? `; routes ${routesShort.join(', ')}` : ''}${flag.sharedForSafety ? '; shared for safety (S27)' : ''}`,
        0,
      ),
    );
  }
  if (view.madeFromScreen) {
    // A caller passed the screen evaluation while she was not alone: say so rather than claim
    // completeness (lib/summary takes the record evaluation, evaluateForRecord).
    lines.push(
      line(
        'WARNING: this summary was made from the on-screen view while others were in the room, so anything shown only in private may be missing from it. Make it again from the record view before it goes into the record.',
        'WARNING: made from the on-screen view; may be incomplete',
        0,
      ),
    );
  } else if (view.flags.length === 0 && riskNotKnown.length === 0) {
    // Never claims the absence of what this output leaves out (decision 20, docs/pathway.md): a
    // private safeguarding flag is not a mental health red flag (the next line covers it), and a
    // flag from the partner's own answers is in the partner's own summary when it is not shared here.
    const partnerElsewhere = view.audience === 'family-record' && view.partnerWithheld;
    lines.push(
      view.audience === 'partner-record'
        ? line(
            "No mental health red flags and no positive item-level risk answers were recorded from the partner's own answers.",
            'No MH red flags; no risk item above 0',
            0,
          )
        : partnerElsewhere
          ? line(
              "No mental health red flags and no positive item-level risk answers were recorded for the birthing parent or in her report; the partner's own answers, and anything flagged from them, are in the separate partner summary.",
              'No MH red flags; no risk item above 0 (partner: see partner summary)',
              0,
            )
          : line(
              'No mental health red flags and no positive item-level risk answers were recorded.',
              'No MH red flags; no risk item above 0',
              0,
            ),
    );
  }
  if (view.audience === 'family-record') {
    // The same words in every summary, so its presence can never hint at a private disclosure.
    lines.push(line('Any other safeguarding information is recorded under local procedures, not in this summary.', '', 1));
  }
  const isFlag = new Set(lines.slice(1 + riskNotKnown.length, 1 + riskNotKnown.length + view.flags.length));
  return {
    id: 'risk',
    title: 'RISK AND RED FLAGS',
    shortTitle: 'Risk',
    lines: lines.filter((l) => l.full !== '').map((l) => (l.tier === 0 && !isFlag.has(l) ? { ...l, headline: 'risk' as const } : l)),
  };
}

/**
 * The safety plan made together (issue 10 item 8; S8): what was agreed, in the practitioner's words,
 * and whether it is due but not made. The crisis numbers are the organisation's routes, given to her
 * in her own copy. None when no plan is due and none was made.
 */
function safetyPlanSection(view: SummaryView): SummarySection | null {
  const plan = view.contact.safetyPlan;
  const due = safetyPlanDue(view.evaluation);
  if (!hasSafetyPlanContent(plan)) {
    if (!due.due) return null;
    return {
      id: 'safety-plan',
      title: 'SAFETY PLAN',
      shortTitle: 'Safety plan',
      lines: [line('Safety plan: due (a self-harm risk flag was raised), not recorded in this contact.', 'DUE, not recorded', 0)],
    };
  }
  const lines: SummaryLine[] = [
    line(
      `Made together with her: ${plan.madeTogether ? 'yes' : 'not recorded'} (${ukTimeRelativeTo(plan.updatedAt, view.contact.startedAt)}). A plain-language copy was offered to her, with the crisis numbers.`,
      `Made together: ${plan.madeTogether ? 'yes' : 'not recorded'}`,
      0,
    ),
  ];
  for (const [field, heading] of Object.entries(safetyPlanRecordHeadings) as Array<[SafetyPlanField, string]>) {
    const text = plainInline(plan[field]);
    if (text) lines.push(line(`${heading}: ${text}`, `${heading}: ${text}`, 1));
  }
  return { id: 'safety-plan', title: 'SAFETY PLAN (MADE TOGETHER)', shortTitle: 'Safety plan', lines };
}

function serviceNames(config: OrganisationConfig | undefined, outcome: { code: string; subject: Subject }, serviceId?: string): string | null {
  if (!config) return null;
  // Safeguarding routes are never named: a local service name could reveal a private disclosure.
  if (outcome.code === 'O10') return 'local safeguarding procedures';
  const code = outcome.code as Parameters<typeof servicesForOutcome>[1];
  const chosen = serviceId ? config.services.find((s) => s.id === serviceId) : undefined;
  if (chosen) return plainInline(chosen.name);
  const services = servicesForOutcome(config, code, outcome.subject);
  if (services.services.length === 0) return null;
  const names = services.services.map((s) => plainInline(s.name)).join('; ');
  return services.usesNationalDefault ? `${names} (national route: no local service set)` : names;
}

/** The text cut at a word boundary to about `max` characters, with "..." when cut (short version only). */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,;:(]$/, '')}...`;
}

function outcomeLines(view: SummaryView, outcome: ViewOutcome, config: OrganisationConfig | undefined): SummaryLine[] {
  const reference = view.contact.startedAt;
  const decision = outcome.decision;
  const decided = decision
    ? `Decision: ${decisionLabel[decision.status]} (${ukTimeRelativeTo(decision.decidedAt, reference)})`
    : 'Decision: none recorded';
  const decidedShort = decision ? decisionLabel[decision.status] : 'NO DECISION';
  const strength = outcome.strength === 'recommend' ? 'recommended' : 'to consider';
  const services = serviceNames(config, outcome, decision?.serviceId);
  // An outcome only to consider, with no decision, is listed on one line per person in the short
  // version, without its reason (H83: nothing was decided on it; the detailed version has the reasons).
  const considerOnly = outcome.strength !== 'recommend' && !decision;
  const lines: SummaryLine[] = [
    {
      ...line(
        `${outcome.code} ${outcome.title} (${subjectLabel[outcome.subject]}): ${strength}, ${outcome.level}. ${decided}.${services ? ` Service: ${services}.` : ''}`,
        `${outcome.code} ${outcomeShortTitle(outcome.code)} (${subjectShort(outcome.subject)}): ${outcome.strength === 'recommend' ? 'rec' : 'consider'}; ${decidedShort}`,
        0,
      ),
      ...(considerOnly
        ? {
            brief: plainInline(`${outcome.code} ${outcomeShortTitle(outcome.code)}`),
            group: { key: `consider|${outcome.subject}`, label: plainInline(`To consider, NO DECISION (${subjectShort(outcome.subject)})`) },
          }
        : {}),
    },
  ];
  const why = outcome.reasons.map((r) => `${r.text} [${r.ruleId}; ${r.sources.join(', ')}]`).join(' ');
  const first = outcome.reasons[0];
  const more = outcome.reasons.length > 1 ? ` (+${outcome.reasons.length - 1} more)` : '';
  lines.push({
    ...line(`Why: ${why}`, `Why: ${outcome.reasons.map((r) => r.ruleId).join(', ')}`, 2, 1),
    // One line each in the short version: the first reason in words, not rule ids.
    ...(considerOnly ? { brief: '' } : first ? { brief: plainInline(`why: ${clip(first.text.replace(/\.$/, ''), 50)}${more}`), joinAbove: true as const } : {}),
  });
  return lines;
}

function outcomesSection(view: SummaryView, config: OrganisationConfig | undefined): SummarySection {
  const lines: SummaryLine[] = [];
  for (const outcome of view.outcomes) lines.push(...outcomeLines(view, outcome, config));
  const reference = view.contact.startedAt;
  const titles = new Map(view.evaluation.outcomes.map((o) => [o.code, o.title]));
  for (const decision of view.chosen) {
    const title = titles.get(decision.code) ?? outcomeByCode.get(decision.code)?.title ?? decision.code;
    const services = serviceNames(config, decision, decision.serviceId);
    lines.push(
      line(
        `${decision.code} ${title} (${subjectLabel[decision.subject]}): chosen by the practitioner. Decision: ${decisionLabel[decision.status]} (${ukTimeRelativeTo(decision.decidedAt, reference)}).${services ? ` Service: ${services}.` : ''}`,
        `${decision.code} ${outcomeShortTitle(decision.code)} (${subjectShort(decision.subject)}): chosen; ${decisionLabel[decision.status]}`,
        0,
      ),
    );
  }
  if (lines.length === 0) lines.push(line('No outcomes recommended or chosen.', 'None', 0));
  return { id: 'outcomes', title: 'OUTCOME AND REFERRALS', shortTitle: 'Outcomes', lines };
}

function consentSection(view: SummaryView): SummarySection {
  const share = view.contact.shareWith;
  const names: Array<[boolean, string]> = [
    [share.gp, 'GP'],
    [share.midwife, 'midwife'],
    [share.healthVisitor, 'health visitor'],
    [share.specialistTeam, 'specialist perinatal team'],
    [share.socialCare, "children's social care"],
  ];
  const chosen = names.filter(([on]) => on).map(([, name]) => name);
  const lines: SummaryLine[] = [
    line(
      chosen.length ? `Consent to share this contact's findings with: ${chosen.join(', ')}.` : 'No consent to share recorded.',
      chosen.length ? `Share with: ${chosen.join(', ')}` : 'No consent to share recorded',
      1,
    ),
  ];
  // The short version leaves out "no consent recorded" (nothing to act on; the detailed one says it).
  if (!chosen.length) lines[0] = { ...lines[0]!, brief: '' };
  const partner: Record<SummaryView['partnerShare'], [string, string] | null> = {
    yes: ["The partner agreed to share their own answers into this record.", 'Partner agreed to share here'],
    no: ["The partner did not agree to share their own answers into this record (see the separate partner summary).", 'Partner did not agree to share here'],
    'not-asked': null,
  };
  const p = partner[view.partnerShare];
  if (p) lines.push(line(p[0], p[1], 1));
  lines.push(line('Record any decision to share without consent, and the reasons (S27).', '', 1));
  return { id: 'consent', title: 'CONSENT TO SHARE', shortTitle: 'Consent', lines: lines.filter((l) => l.full !== '') };
}

function familyWordsSection(view: SummaryView): SummarySection {
  const paragraphs = plainParagraphs(view.contact.familyWords);
  const lines: SummaryLine[] = paragraphs.length
    ? paragraphs.map((p) => ({ full: p, short: p, tier: 3 as Tier, depth: 0 as const, paragraph: true }))
    : [line('None recorded.', 'None recorded', 3)];
  return { id: 'family-words', title: "FAMILY'S OWN WORDS", shortTitle: "Family's words", lines };
}

function planSection(view: SummaryView): SummarySection {
  const plan = plainParagraphs(view.contact.plan);
  const next = plainInline(view.contact.nextContact);
  const lines: SummaryLine[] = [];
  if (plan.length) {
    lines.push(line('Plan:', '', 1));
    lines.push(...plan.map((p) => ({ full: p, short: p, tier: 1 as Tier, depth: 0 as const, paragraph: true })));
  } else {
    lines.push({ ...line('Plan: none recorded.', 'none recorded', 1), brief: '' });
  }
  lines.push({ ...line(`Next contact: ${next || 'not recorded'}.`, `Next: ${next || 'not recorded'}`, 1), headline: 'next' });
  return { id: 'plan', title: 'PLAN AND NEXT CONTACT', shortTitle: 'Plan', lines };
}

/** Neutral text for an outstanding item (the engine's own wording, made plain). */
export function outstandingLine(item: OutstandingItem): SummaryLine {
  return { ...line(item.text, item.text.replace(/\.$/, ''), 1), outstanding: true };
}

function notAskedSection(view: SummaryView): SummarySection {
  const lines: SummaryLine[] = [];
  // Declined or not asked, with the reason (declined is never a score).
  for (const answer of view.answers) {
    if (answer.state.status === 'answered') continue;
    const label = answer.instrumentId
      ? riskItemLabel[answer.questionId] ?? {
          full: instrumentItemLabel(answer.questionId, view.instruments.find((r) => r.instrumentId === answer.instrumentId)?.shortName ?? answer.instrumentId),
          short: instrumentItemLabel(answer.questionId, view.instruments.find((r) => r.instrumentId === answer.instrumentId)?.shortName ?? answer.instrumentId),
        }
      : labelOf(answer);
    const why =
      answer.state.status === 'declined'
        ? 'declined'
        : `not asked: ${notAskedReasonLabel[answer.state.reason]}${answer.state.note ? ` (${answer.state.note})` : ''}`;
    const whyBrief = answer.state.status === 'declined' ? 'declined' : notAskedReasonLabel[answer.state.reason];
    lines.push(
      withNote(
        {
          ...line(
            `${sourceTag(answer.respondent, answer.subject)} ${label.full}: ${why}`,
            `${sourceTagShort(answer.respondent, answer.subject)} ${label.short}: ${answer.state.status === 'declined' ? 'declined' : 'not asked'}`,
            1,
          ),
          brief: plainInline(`${topicOf(view, answer.key, label.short)} (${whyBrief})`),
          group: notAskedGroup(answer, 'declined'),
        },
        noteOf(view, answer.key),
      ),
    );
  }
  // Due but not asked, grouped by what they belong to.
  const groups = new Map<string, { item: ItemView; count: number }>();
  for (const item of view.dueUnanswered) {
    const id = `${item.subject}|${item.instrumentId ?? item.groupId}`;
    const existing = groups.get(id);
    if (existing) existing.count += 1;
    else groups.set(id, { item, count: 1 });
  }
  // A due measure not completed is already an outstanding item (with the rule that made it due).
  for (const o of view.outstanding) if (o.kind === 'measure-not-complete') groups.delete(`${o.subject}|${o.instrumentId}`);
  for (const { item, count } of groups.values()) {
    const what = item.instrumentId
      ? `${view.evaluation.instruments.find((r) => r.instrumentId === item.instrumentId)?.shortName ?? item.groupTitle} (${count} item${count === 1 ? '' : 's'})`
      : count === 1
        ? labelOf(item).full
        : item.groupTitle;
    const why = item.askableNow ? 'no reason recorded' : (item.notAskableReason ?? 'could not be asked').toLowerCase();
    lines.push({
      ...line(
        `${sourceTag(item.respondent, item.subject)} ${what}: due, not asked - ${why}`,
        `${sourceTagShort(item.respondent, item.subject)} ${item.instrumentId ?? labelOf(item).short}: not asked`,
        1,
      ),
      brief: plainInline(`${item.instrumentId ? what : topicOf(view, item.key, labelOf(item).short)}${why === 'no reason recorded' ? '' : ` (${why})`}`),
      group: notAskedGroup(item, 'due'),
    });
  }
  // Not applicable because of the contact's own situation (the baby in the neonatal unit, not in
  // the parents' care, or has died): said with the reason, never as "no reason recorded".
  const notApplicable = new Set<string>();
  for (const section of view.evaluation.sections) {
    for (const entry of section.hidden) {
      if (entry.why !== 'not-applicable') continue;
      const text = `${entry.title}: ${lowerFirst(entry.reason)}.`;
      if (notApplicable.has(text)) continue;
      notApplicable.add(text);
      lines.push(line(text, `${entry.title}: n/a`, 1));
    }
  }
  // An unknown self-harm risk is in the headline's "Risk" line already (H82): the short version says it there.
  for (const item of view.outstanding) lines.push(item.kind === 'risk-not-known' ? { ...outstandingLine(item), headline: 'risk' } : outstandingLine(item));
  for (const flag of view.flags) {
    if (flag.acknowledgedAt || flag.kind === 'risk-not-known') continue;
    // The short version says "NOT acknowledged" on the flag's own line already.
    lines.push({ ...line(`Not yet acknowledged: ${flag.title} (${subjectLabel[flag.subject]}).`, `Not acknowledged: ${flag.ruleId}`, 1), brief: '' });
  }
  for (const outcome of view.outcomes) {
    if (outcome.strength !== 'recommend' || outcome.decision) continue;
    // The short version says "NO DECISION" on the outcome's own line already.
    lines.push({
      ...line(
        `No decision recorded: ${outcome.code} ${outcome.title} (${subjectLabel[outcome.subject]}).`,
        `No decision: ${outcome.code} (${subjectShort(outcome.subject)})`,
        1,
      ),
      brief: '',
    });
  }
  if (view.partnerWithheld) lines.push(line(PARTNER_ELSEWHERE, PARTNER_ELSEWHERE_SHORT, 1));
  if (lines.length === 0) lines.push(line('Everything due was asked; nothing outstanding.', 'Nothing outstanding', 1));
  return { id: 'not-asked', title: 'NOT ASKED, AND WHY', shortTitle: 'Not asked', lines };
}

/** "Not asked, and why" grouped per person and topic in the short version (issue 13). */
function notAskedGroup(entry: Pick<CountedAnswer, 'subject' | 'respondent'>, _kind: 'due' | 'declined'): { key: string; label: string } {
  // One line per person (H83): declined items say "(declined)", items not asked say why when known.
  const tag = sourceTagShort(entry.respondent, entry.subject);
  return { key: tag, label: plainInline(`${tag} Not asked`) };
}

/** "Topic: item" for the short version's grouped "not asked" line. */
function topicOf(view: SummaryView, key: AnswerKey, label: string): string {
  const topic = view.items.get(key)?.groupTitle;
  return topic && topic !== label ? `${topic}: ${label}` : label;
}

/** The tag legend: one short line (issue 13). */
export const TAG_LEGEND = "Tags: [birthing parent], [partner]: own answer; [observed]: practitioner's view.";
export const TAG_LEGEND_SHORT = 'Tags: [her], [partner] own answer; [obs] practitioner';

export function familyRecordModel(input: ModelInput): SummaryModel {
  const { view } = input;
  const known = storySoFarLines(view);
  const safetyPlan = safetyPlanSection(view);
  const sections: SummarySection[] = [contactSection(view)];
  // H95: the next reader sees that local (not organisation) settings shaped this summary.
  if (input.localSettings) sections[0]?.lines.push(line(plainInline(input.localSettings.summaryLine.full), plainInline(input.localSettings.summaryLine.short), 0));
  if (known.length) {
    sections.push({ id: 'already-known', title: 'ALREADY KNOWN (FROM AN EARLIER CONTACT)', shortTitle: 'Known before', lines: known });
  }
  // Issue 14: today compared with the story so far (lib/summary/since-last-contact.ts).
  const since = sinceLastContactLines(view, input.config?.services ?? []);
  if (since.length) sections.push({ id: 'since-last-contact', title: 'SINCE THE LAST CONTACT', shortTitle: 'Since last contact', lines: since });
  const firstToday = sections.length;
  sections.push(
    birthingParentSection(view),
    partnerSection(view),
    babySection(view),
    riskSection(view),
    ...(safetyPlan ? [safetyPlan] : []),
    outcomesSection(view, input.config ?? undefined),
    consentSection(view),
    familyWordsSection(view),
    planSection(view),
    notAskedSection(view),
  );
  if (known.length) {
    // The sections after "already known" are today's: say so once.
    const first = sections[firstToday];
    if (first) first.title = `${first.title} (NEW TODAY)`;
  }
  const marked = (kind: NonNullable<SummaryLine['headline']>) => sections.flatMap((sec) => sec.lines).filter((l) => l.headline === kind);
  return {
    title: 'PMH CONTACT SUMMARY (perinatal mental health)',
    headline: headlineLines(view, {
      seen: marked('seen').map(headlineText),
      results: marked('result').map(headlineText),
      risk: marked('risk').map(headlineText),
      next: marked('next').map(headlineText),
    }),
    preamble: [
      `Made with PMH Contact Companion, pathway ${view.evaluation.pathwayVersion}. Times are ${TIME_ZONE_LABEL}.`,
      TAG_LEGEND,
    ],
    preambleShort: [`${TAG_LEGEND_SHORT}. Pathway ${view.evaluation.pathwayVersion}.`],
    sections,
  };
}

export function partnerRecordModel(input: ModelInput): SummaryModel {
  const { view } = input;
  const contact = contactSection(view);
  const partnerAnswers = view.answers.filter((a) => sectionOf(view, a.key) === 'partner');
  const partnerLines = answerBlock(view, partnerAnswers);
  if (partnerLines.length === 0) partnerLines.push(line('No answers of their own recorded.', 'Nothing recorded', 1));
  const babyAnswers = view.answers.filter((a) => sectionOf(view, a.key) === 'baby-and-relationship');
  const babyLines = answerBlock(view, babyAnswers);
  const consent: SummaryLine[] = [
    line(
      view.partnerShare === 'yes'
        ? "The partner agreed to share their own answers into the birthing parent's record."
        : view.partnerShare === 'no'
          ? "The partner did not agree to share their own answers into the birthing parent's record: keep this summary out of that record."
          : "The partner's consent to share into the birthing parent's record was not recorded: keep this summary out of that record.",
      view.partnerShare === 'yes' ? 'Agreed to share into her record' : 'Not for her record',
      1,
    ),
    line(
      "If there is a risk to the baby or to anyone's safety, information may be shared without consent under local safeguarding procedures; record the decision and reasons (S27).",
      'Safety: may share under safeguarding procedures (S27)',
      1,
    ),
  ];
  return {
    title: "PMH CONTACT SUMMARY: PARTNER'S OWN ANSWERS",
    headline: [],
    preamble: [
      `For the partner's own record (for example their GP). Made with PMH Contact Companion, pathway ${view.evaluation.pathwayVersion}. Times are ${TIME_ZONE_LABEL}.`,
    ],
    sections: [
      contact,
      { id: 'partner', title: "PARTNER OR CO-PARENT (THEIR OWN ANSWERS)", shortTitle: 'Partner', lines: partnerLines },
      ...(babyLines.length ? [{ id: 'baby' as const, title: 'BABY AND RELATIONSHIP', shortTitle: 'Baby', lines: babyLines }] : []),
      riskSection(view),
      outcomesSection(view, input.config ?? undefined),
      { id: 'consent', title: 'CONSENT TO SHARE', shortTitle: 'Consent', lines: consent },
      notAskedSection(view),
    ],
  };
}

