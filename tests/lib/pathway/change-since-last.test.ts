import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../lib/contact/contact-change';
import type { Contact } from '../../../lib/contact/contact';
import { HANDOVER_FACTS_VERSION, type HandoverFacts, type ScoreFact } from '../../../lib/contact/handover-facts';
import { EPDS_RELIABLE_CHANGE, NEW_RED_FLAG_RULES } from '../../../lib/pathway/change-since-last';
import { buildContact, scoresTotalling } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import type { InstrumentId } from '../../../lib/pathway/schema';
import { trendSeries } from '../../../lib/handover/trend';

// Change since the last contact (issue 14, pathway 2026.5.0): one row per rule and boundary, each
// naming its source. The prompt asks the red-flag check's "recent significant change" question;
// it never answers it, raises no card and sets no level (H91 a rise missed, H93 over-escalation).

const NOW = '2026-06-15T10:00:00.000Z';
const PROMPT = 'PR-RISE-SINCE-LAST-CONTACT';

function story(scores: Array<Partial<ScoreFact> & { instrumentId: InstrumentId; total: number; bandId: string | null }>): HandoverFacts {
  return {
    v: HANDOVER_FACTS_VERSION,
    source: { contactType: 'hv-6-8-weeks', role: 'health-visitor', at: '2026-04-13T10:00Z', pathwayVersion: '2026.4.0-draft' },
    history: [],
    screening: [],
    flags: [],
    outcomes: [],
    outstanding: [],
    scores: scores.map((s) => ({
      subject: 'birthing-parent',
      at: '2026-04-13T10:00Z',
      role: 'health-visitor',
      maxTotal: s.instrumentId === 'epds' ? 30 : s.instrumentId === 'phq-9' ? 27 : s.instrumentId === 'gad-7' ? 21 : s.instrumentId === 'whooley' ? 2 : 6,
      bandFrom: s.bandId === null ? null : 0,
      ...s,
    })),
    flagsRaised: [],
    referrals: [],
  };
}

function contactWith(answers: Record<string, string>, earlier?: HandoverFacts, contactType: 'hv-3-4-months' | 'hv-12-months' = 'hv-3-4-months'): Contact {
  const contact = buildContact({ contactType, now: NOW, answers: { 'birthing-parent': answers } });
  return earlier ? applyChange(contact, { type: 'load-story-so-far', facts: earlier, at: NOW }) : contact;
}

const whooleyYes = { 'whooley.1': 'yes', 'whooley.2': 'no' };
const epds = (total: number) => ({ ...whooleyYes, ...scoresTotalling('epds', total) });

function prompted(contact: Contact): boolean {
  return evaluate(pathway, contact).prompts.some((p) => p.ruleId === PROMPT && p.subject === 'birthing-parent');
}

describe('[H91-a] a rise since the last contact prompts the "recent significant change" question', () => {
  it.each([
    // rule, source, earlier score, today's answers, prompted?
    ['EPDS rise of exactly the reliable change within one band (5 → 9)', 'Matthey 2004 RCI 4 (S10)', story([{ instrumentId: 'epds', total: 5, bandId: 'below-threshold' }]), epds(9), true],
    ['EPDS rise of one less than the reliable change within one band (5 → 8)', 'Matthey 2004 RCI 4 (S10)', story([{ instrumentId: 'epds', total: 5, bandId: 'below-threshold' }]), epds(8), false],
    ['EPDS reliable rise within the top band (13 → 17)', 'Matthey 2004 RCI 4 (S10)', story([{ instrumentId: 'epds', total: 13, bandId: 'probable-depression' }]), epds(17), true],
    ['EPDS fall (13 → 5)', 'Matthey 2004 (S10): only a rise prompts', story([{ instrumentId: 'epds', total: 13, bandId: 'probable-depression' }]), epds(5), false],
    ['EPDS up 1 into a higher band (9 → 10, possible from 10)', 'band order (S10)', story([{ instrumentId: 'epds', total: 9, bandId: 'below-threshold' }]), epds(10), true],
    ['EPDS same band, up 2 (10 → 12)', 'S10: no reliable rise, no band change', story([{ instrumentId: 'epds', total: 10, bandId: 'possible-depression' }]), epds(12), false],
    ['Whooley negative → positive', 'band order (S1 Whooley, S5 change)', story([{ instrumentId: 'whooley', total: 0, bandId: 'negative' }]), { ...whooleyYes }, true],
    ['Whooley positive → positive', 'band order: no rise', story([{ instrumentId: 'whooley', total: 1, bandId: 'positive' }]), { ...whooleyYes }, false],
    ['no earlier score (first contact in the story)', 'nothing to compare', undefined, epds(20), false],
    ['an earlier band this pathway does not know', 'no claim either way', story([{ instrumentId: 'epds', total: 8, bandId: 'old-band' }]), epds(11), false],
    ['an earlier score dated after this contact started', 'never compared (wrong family or clock)', story([{ instrumentId: 'epds', total: 2, bandId: 'below-threshold', at: '2026-07-01T10:00Z' }]), epds(12), false],
    ['today incomplete', 'a partial total is never a score', story([{ instrumentId: 'epds', total: 2, bandId: 'below-threshold' }]), { ...whooleyYes, 'epds.1': scoresTotalling('epds', 3)['epds.1']! }, false],
  ] as const)('%s [%s]', (_rule, _source, earlier, answers, expected) => {
    expect(prompted(contactWith(answers as Record<string, string>, earlier))).toBe(expected);
  });

  it('the reliable change for the EPDS is 4 points (Matthey 2004), and no figure is encoded for PHQ-9 or GAD-7', () => {
    expect(EPDS_RELIABLE_CHANGE).toBe(4);
    const rule = pathway.promptRules.find((r) => r.id === PROMPT)!;
    const kinds = JSON.stringify(rule.when);
    expect(kinds).toContain('"kind":"score-rise-since-last","instrument":"epds","min":4');
    expect(kinds).not.toMatch(/score-rise-since-last","instrument":"(phq-9|gad-7)/);
    expect(rule.sources).toEqual(['S5', 'S10']);
  });
});

describe('[H93-a] the prompt is not an escalation', () => {
  it('answers nothing, raises no flag and sets the same level as without the story', () => {
    const earlier = story([{ instrumentId: 'epds', total: 5, bandId: 'below-threshold' }]);
    const withStory = contactWith(epds(12), earlier);
    const without = contactWith(epds(12));
    const a = evaluate(pathway, withStory);
    const b = evaluate(pathway, without);
    expect(a.prompts.some((p) => p.ruleId === PROMPT)).toBe(true);
    expect(withStory.answers['birthing-parent/red-flags.mental-state-change']).toBeUndefined();
    expect(a.flags.map((f) => f.ruleId)).toEqual(b.flags.map((f) => f.ruleId));
    expect(a.escalation).toEqual(b.escalation);
    expect(a.outcomes.map((o) => o.id)).toEqual(b.outcomes.map((o) => o.id));
  });
});

// A red flag new since the last contact (issue 14 item 2): the same prompt's purpose, a separate rule.
const NEW_FLAG_PROMPT = 'PR-RED-FLAG-NEW-SINCE-LAST-CONTACT';

function withFlags(flagsRaised: NonNullable<HandoverFacts['flagsRaised']>): HandoverFacts {
  return { ...story([{ instrumentId: 'epds', total: 5, bandId: 'below-threshold' }]), flagsRaised };
}
const earlierFlag = (ruleId: string, at = '2026-04-13T10:00Z', subject: 'birthing-parent' | 'partner' = 'birthing-parent') => ({ ruleId, subject, level: 'E4' as const, at });

function newFlagPrompted(contact: Contact): boolean {
  return evaluate(pathway, contact).prompts.some((p) => p.ruleId === NEW_FLAG_PROMPT && p.subject === 'birthing-parent');
}

describe('[H91-c] a red flag new since the last contact prompts the "recent significant change" question', () => {
  const sleep = { 'red-flags.severe-sleep': 'yes' };
  it.each([
    // rule, source, story so far, today's answers, prompted?
    ['severe sleep difficulty today, none raised before', 'S5 MBRRACE red flags; S8 sleep', withFlags([]), sleep, true],
    ['severe sleep difficulty today, raised at an earlier contact', 'S5: not new since last time', withFlags([earlierFlag('RF-SEVERE-SLEEP')]), sleep, false],
    ['severe sleep today, an other red flag raised before', 'S5: a different flag is new', withFlags([earlierFlag('RF-VIOLENT-SELF-HARM')]), sleep, true],
    ['severe sleep today, raised before for the partner only', 'S5: per parent', withFlags([earlierFlag('RF-SEVERE-SLEEP', undefined, 'partner')]), sleep, true],
    ['severe sleep today, the earlier one dated after this contact started', 'never "before" (wrong family or clock): the safer reading, new', withFlags([earlierFlag('RF-SEVERE-SLEEP', '2026-07-01T10:00Z')]), sleep, true],
    ['violent self-harm today, none before', 'S5 red flag 2', withFlags([]), { 'red-flags.violent-self-harm': 'yes' }, true],
    ['the recent-change flag itself today', 'S5 red flag 1: its answer is the question prompted', withFlags([]), { 'red-flags.mental-state-change': 'yes' }, false],
    ['"unsure" today (E1, not a red flag card)', 'issue 10: unsure is clarified, not a red flag', withFlags([]), { 'red-flags.severe-sleep': 'unsure' }, false],
    ['no red flag today', 'nothing new', withFlags([]), { 'red-flags.severe-sleep': 'no' }, false],
    ['a red flag today with no story loaded', 'nothing to compare: the first contact', undefined, sleep, false],
  ] as const)('%s [%s]', (_rule, _source, earlier, answers, expected) => {
    expect(newFlagPrompted(contactWith(answers as Record<string, string>, earlier))).toBe(expected);
  });

  it('is a prompt, not an escalation: the flags, level and outcomes are those of the same answers without the story', () => {
    const answers = { 'red-flags.severe-sleep': 'yes' };
    const a = evaluate(pathway, contactWith(answers, withFlags([])));
    const b = evaluate(pathway, contactWith(answers));
    expect(a.prompts.some((p) => p.ruleId === NEW_FLAG_PROMPT)).toBe(true);
    expect(a.flags.map((f) => f.ruleId)).toEqual(b.flags.map((f) => f.ruleId));
    expect(a.escalation).toEqual(b.escalation);
    expect(a.outcomes.map((o) => o.id)).toEqual(b.outcomes.map((o) => o.id));
  });

  it('lists the red flags of the check except the recent-change flag, and no flag rule uses the condition (it would read its own output)', () => {
    expect([...NEW_RED_FLAG_RULES].sort()).toEqual(['RF-IMMINENT-DANGER', 'RF-INCOMPETENCE-ESTRANGEMENT', 'RF-POSTPARTUM-PSYCHOSIS', 'RF-SEVERE-SLEEP', 'RF-UNSURE-IMMINENT-DANGER', 'RF-UNSURE-IMMINENT-DANGER-PARTNER', 'RF-UNSURE-PSYCHOSIS', 'RF-VIOLENT-SELF-HARM']);
    expect(pathway.flagRules.filter((rule) => JSON.stringify(rule.when).includes('"flag-new-since-last"')).map((r) => r.id)).toEqual([]);
    expect(pathway.promptRules.find((r) => r.id === NEW_FLAG_PROMPT)?.sources).toEqual(['S5']);
  });
});

describe("[H91-a] the partner's rise: shown, and no question invented to prompt", () => {
  it("a partner's Whooley negative → positive is in the trend with today's point, and prompts nothing (the pathway has no partner recent-change question)", () => {
    const earlier = story([{ instrumentId: 'whooley', total: 0, bandId: 'negative', subject: 'partner' }]);
    const contact = applyChange(
      buildContact({
        contactType: 'hv-6-8-weeks',
        now: NOW,
        presence: { partner: true },
        answers: { partner: { 'partner.consent-screening': 'yes-share', 'whooley.1': 'yes', 'whooley.2': 'no' } },
      }),
      { type: 'load-story-so-far', facts: earlier, at: NOW },
    );
    const evaluation = evaluate(pathway, contact);
    const partnerSeries = trendSeries(contact, evaluation).find((s) => s.subject === 'partner' && s.instrumentId === 'whooley');
    expect(partnerSeries?.points.map((p) => [p.total, p.today])).toEqual([
      [0, false],
      [1, true],
    ]);
    expect(evaluation.prompts.filter((p) => p.ruleId === PROMPT || p.ruleId === 'PR-RED-FLAG-NEW-SINCE-LAST-CONTACT')).toEqual([]);
    expect(pathway.promptRules.filter((r) => r.id === PROMPT || r.id === 'PR-RED-FLAG-NEW-SINCE-LAST-CONTACT').flatMap((r) => r.subjects)).toEqual(['birthing-parent', 'birthing-parent']);
  });
});
