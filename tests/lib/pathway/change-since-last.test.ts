import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../lib/contact/contact-change';
import type { Contact } from '../../../lib/contact/contact';
import { HANDOVER_FACTS_VERSION, type HandoverFacts, type ScoreFact } from '../../../lib/handover/handover-facts';
import { EPDS_RELIABLE_CHANGE } from '../../../lib/pathway/change-since-last';
import { buildContact, scoresTotalling } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import type { InstrumentId } from '../../../lib/pathway/schema';

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
