import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../lib/contact/contact-change';
import { localServiceSchema } from '../../../lib/config/schema';
import { decodeHandoverBlocks } from '../../../lib/handover/handover-block';
import { referralKey } from '../../../lib/handover/referral-loop';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { sinceLastContactLines } from '../../../lib/summary/since-last-contact';
import { summaryView } from '../../../lib/output/summary-view';
import { summaryText } from '../../../lib/summary/summary-text';
import { blockOf, visit } from '../handover/story-support';

// "Since the last contact" (issue 14): three earlier summaries pasted, the 12-month review compared
// with them. Golden text, reviewed like code.

function twelveMonthReview() {
  const referredAt = '2026-07-13T10:30:00.000Z';
  const blocks = [
    blockOf(visit('hv-new-birth', '2026-06-08T10:00:00.000Z', 6)),
    blockOf(visit('hv-6-8-weeks', '2026-07-13T10:00:00.000Z', 8, undefined, [{ code: 'O4', subject: 'birthing-parent', status: 'done', decidedAt: referredAt }])),
    blockOf(visit('hv-3-4-months', '2026-09-07T10:00:00.000Z', 9)),
  ];
  const decoded = decodeHandoverBlocks(blocks.join('\n\n'));
  if (!decoded.ok) throw new Error(decoded.message);
  const contact = visit('hv-12-months', '2027-05-24T10:00:00.000Z', 13, decoded.facts);
  return { contact, referredAt };
}

const services = [localServiceSchema.parse({ id: 'talking-therapies', name: 'Talking Therapies North', outcomes: ['O4'], forWhom: 'both-parents', phone: '0300 000 0000' })];

describe('[H90-f] the summary says what changed since the last contact', () => {
  it('a rise, the flagged prompt, and a referral not seen past the QS115 standard (golden)', async () => {
    const { contact } = twelveMonthReview();
    const lines = sinceLastContactLines(summaryView(contact, evaluateForRecord(pathway, contact), 'family-record'), services);
    await expect(lines.map((l) => `${'  '.repeat(l.depth)}${l.full}  [tier ${l.tier}]`).join('\n') + '\n').toMatchFileSnapshot('./golden/since-last-contact.txt');
    expect(lines.some((l) => l.full.startsWith('PAST THE STANDARD') && l.tier === 0)).toBe(true);
  });

  it('the follow-up answers go into the summary, and a seen referral is not highlighted', () => {
    const { contact, referredAt } = twelveMonthReview();
    const key = referralKey({ subject: 'birthing-parent', code: 'O4', at: referredAt.slice(0, 16) + 'Z' });
    const answered = applyChange(contact, {
      type: 'referral-follow-up',
      key,
      followUp: { received: 'yes', seen: 'yes', seenOn: '2026-07-24', answeredAt: contact.startedAt },
      at: contact.startedAt,
    });
    const text = summaryText({ contact: answered, evaluation: evaluateForRecord(pathway, answered), options: { lineWidth: 400 } });
    expect(text).toContain('SINCE THE LAST CONTACT');
    expect(text).toContain('O4 NHS Talking Therapies (birthing parent), referred 13 Jul 2026 (Health visitor): received yes; seen yes on 24 Jul 2026.');
    expect(text).not.toContain('PAST THE STANDARD');
    // The section sits before today's findings, which stay marked as new today.
    expect(text.indexOf('SINCE THE LAST CONTACT')).toBeLessThan(text.indexOf('(NEW TODAY)'));
  });

  it('a red flag new since the last contact is said with what was found on asking about recent change', () => {
    const { contact } = twelveMonthReview();
    const at = contact.startedAt;
    const withFlag = applyChange(contact, {
      type: 'answer',
      answer: { questionId: 'red-flags.severe-sleep', subject: 'birthing-parent', response: { kind: 'option', optionId: 'yes' }, answeredAt: at },
    });
    const lines = sinceLastContactLines(summaryView(withFlag, evaluateForRecord(pathway, withFlag), 'family-record'));
    expect(lines.find((l) => l.full.includes('red flag new'))?.full).toBe(
      '[birthing parent] A red flag new since the last contact was raised; recent significant change in mental state or new symptoms: not asked.',
    );
  });

  it('no story, no section', () => {
    const contact = visit('hv-12-months', '2027-05-24T10:00:00.000Z', 13);
    expect(sinceLastContactLines(summaryView(contact, evaluateForRecord(pathway, contact), 'family-record'))).toEqual([]);
  });
});
