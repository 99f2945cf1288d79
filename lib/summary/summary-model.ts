import { headlineLines, headlineText } from './headline';
import { answerBlock } from './sections/answers';
import { babySection } from './sections/baby';
import { birthingParentSection } from './sections/birthing-parent';
import { consentSection } from './sections/consent';
import { contactSection, withLocalSettings } from './sections/contact';
import { notAskedSection } from './sections/not-asked';
import { outcomesSection } from './sections/outcomes';
import { partnerSection } from './sections/partner';
import { familyWordsSection, planSection } from './sections/plan';
import { riskSection } from './sections/risk';
import { safetyPlanSection } from './sections/safety-plan';
import { type SummarySection, sectionOf, type ModelInput } from './sections/section';
import { sinceLastContactLines } from './since-last-contact';
import { storySoFarLines } from './story-so-far-lines';
import { line, type SummaryLine } from './summary-line';
import { TIME_ZONE_LABEL } from '../output/uk-time';

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
//
// Each section is built in its own module under ./sections (issue 16, "smaller rooms"); this file
// assembles them into the family record model and the partner record model.

export type { SectionId, SummarySection } from './sections/section';

export interface SummaryModel {
  title: string;
  /** At most six lines first (issue 13): who was seen, results, risk, decisions, what next. */
  headline: string[];
  preamble: string[];
  /** The short version's preamble (one line), when it differs. */
  preambleShort?: string[];
  sections: SummarySection[];
}

/** The tag legend: one short line (issue 13). */
export const TAG_LEGEND = "Tags: [birthing parent], [partner]: own answer; [observed]: practitioner's view.";
export const TAG_LEGEND_SHORT = 'Tags: [her], [partner] own answer; [obs] practitioner';

export function familyRecordModel(input: ModelInput): SummaryModel {
  const { view } = input;
  const known = storySoFarLines(view);
  const safetyPlan = safetyPlanSection(view);
  const sections: SummarySection[] = [withLocalSettings(contactSection(view), input)];
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
  // The risk section's lines first (the level leads the "Risk" line), then the others in order.
  const inOrder = [...sections.filter((sec) => sec.id === 'risk'), ...sections.filter((sec) => sec.id !== 'risk')];
  const marked = (kind: NonNullable<SummaryLine['headline']>) => inOrder.flatMap((sec) => sec.lines).filter((l) => l.headline === kind);
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
  // The partner's own thresholds (partner EPDS cut-off) may be local settings too: said here as well.
  const contact = withLocalSettings(contactSection(view), input);
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
