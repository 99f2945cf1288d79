import { describe, expect, it } from 'vitest';
import type { FlagFact } from '../../../lib/contact/handover-facts';
import { flagFactText } from '../../../lib/handover/handover-preview';
import { pathway } from '../../../lib/pathway/pathway';

// H109 in the handover preview: a card from an earlier contact reads "not acknowledged then" only
// when it was a card to acknowledge (pathway data: OS-FLAG-NOT-ACKNOWLEDGED and its exceptFlagKinds,
// S5, S10). A "risk not known" prompt had nothing to acknowledge; the words would read to the next
// professional as a red flag missed at the last contact.

function fact(ruleId: string, acknowledged: boolean, subject: FlagFact['subject'] = 'birthing-parent'): FlagFact {
  const rule = pathway.flagRules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return { ruleId, level: rule.level, subject, at: '2026-03-02T10:30:00.000Z', acknowledged } as FlagFact;
}

describe('[H109-d] the handover preview says "not acknowledged then" only for a card that was to be acknowledged', () => {
  it.each([
    { row: 'red flag, not acknowledged (S5)', ruleId: 'RF-POSTPARTUM-PSYCHOSIS', acknowledged: false, says: true },
    { row: 'red flag, acknowledged (S5)', ruleId: 'RF-POSTPARTUM-PSYCHOSIS', acknowledged: true, says: false },
    { row: 'risk not known, not acknowledged (S10: nothing to acknowledge)', ruleId: 'RN-EPDS-10', acknowledged: false, says: false },
    { row: 'risk not known after two refusals (S10, H106)', ruleId: 'RN-SELF-HARM-DECLINED-TWICE', acknowledged: false, says: false },
    { row: 'a card this pathway no longer knows keeps the words (safer reading)', ruleId: 'RF-POSTPARTUM-PSYCHOSIS', acknowledged: false, says: true, unknown: true },
  ])('$row', ({ ruleId, acknowledged, says, unknown }) => {
    const flag = unknown ? { ...fact(ruleId, acknowledged), ruleId: 'RF-RETIRED-RULE' } : fact(ruleId, acknowledged);
    expect(flagFactText(flag).full.includes('not acknowledged then')).toBe(says);
  });
});
