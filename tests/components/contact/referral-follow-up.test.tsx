// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReferralFollowUps } from '../../../components/contact/referral-follow-up';
import { PanelServicesContext } from '../../../components/panel-services';
import { applyChange, type ContactChange } from '../../../lib/contact/contact-change';
import type { Contact } from '../../../lib/contact/contact';
import { resolveConfig } from '../../../lib/config/resolve';
import { localServiceSchema } from '../../../lib/config/schema';
import { HANDOVER_FACTS_VERSION } from '../../../lib/contact/handover-facts';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { createTestServices } from '../support/panel-services';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { summaryView } from '../../../lib/output/summary-view';
import { sinceLastContactLines } from '../../../lib/summary/since-last-contact';
import { EARLIER_REFERRAL_ON_SCREEN } from '../../../lib/pathway/on-screen-words';

afterEach(() => cleanup());

const NOW = '2026-05-25T10:00:00.000Z';

function contactWithReferral(code: 'O4' | 'O10' = 'O4', subject: 'birthing-parent' | 'partner' = 'birthing-parent'): Contact {
  return applyChange(buildContact({ contactType: 'hv-3-4-months', now: NOW }), {
    type: 'load-story-so-far',
    facts: {
      v: HANDOVER_FACTS_VERSION,
      source: { contactType: 'hv-6-8-weeks', role: 'health-visitor', at: '2026-04-13T10:00Z', pathwayVersion: '2026.4.0-draft' },
      history: [],
      screening: [],
      flags: [],
      outcomes: [],
      outstanding: [],
      scores: [],
      flagsRaised: [],
      referrals: [{ code, subject, decision: 'done', at: '2026-04-13T10:30Z', role: 'health-visitor' }],
    },
    at: NOW,
  });
}

async function renderLoop(contact: Contact) {
  const save = vi.fn<(change: ContactChange) => void>();
  const defaults = resolveConfig({});
  const service = localServiceSchema.parse({ id: 'talking-therapies', name: 'Talking Therapies North', outcomes: ['O4'], forWhom: 'both-parents', phone: '0300 000 0000' });
  const config = { ...defaults, config: { ...defaults.config, services: [service] } };
  const services = await createTestServices({ now: () => Date.parse(NOW), config });
  const view = render(
    <PanelServicesContext.Provider value={services}>
      <ReferralFollowUps contact={contact} save={save} />
    </PanelServicesContext.Provider>,
  );
  return { save, view, services };
}

describe('[H92-b] referrals from earlier contacts are asked about on the contact screen', () => {
  it('asks received? and seen?, highlights one past the QS115 standard with the service to chase, and saves each answer', async () => {
    const { save } = await renderLoop(contactWithReferral());
    expect(screen.getByRole('heading', { name: /O4 NHS Talking Therapies \(birthing parent\): referred 13 Apr 2026/ })).toBeTruthy();
    expect(screen.getByText(/Past the standard: 41 days since referral/).textContent).toContain('Chase it: Talking Therapies North 0300 000 0000.');
    fireEvent.click(screen.getByRole('group', { name: 'Was the referral received?' }).querySelector('input[value="yes"]')!);
    expect(save).toHaveBeenCalledWith({
      type: 'referral-follow-up',
      key: 'birthing-parent/O4/2026-04-13T10:30Z',
      followUp: { received: 'yes', answeredAt: NOW },
      at: NOW,
    });
  });

  it('once seen, the highlight goes and the date of the first appointment can be given', async () => {
    const seen = applyChange(contactWithReferral(), {
      type: 'referral-follow-up',
      key: 'birthing-parent/O4/2026-04-13T10:30Z',
      followUp: { received: 'yes', seen: 'yes', answeredAt: NOW },
      at: NOW,
    });
    const { save } = await renderLoop(seen);
    expect(screen.queryByText(/Past the standard/)).toBeNull();
    fireEvent.change(screen.getByLabelText('When was the first appointment?'), { target: { value: '2026-04-24' } });
    expect(save.mock.calls.at(-1)?.[0]).toMatchObject({ followUp: { received: 'yes', seen: 'yes', seenOn: '2026-04-24' } });
  });

  it('shows nothing without earlier referrals', async () => {
    const { view } = await renderLoop(buildContact({ contactType: 'hv-3-4-months', now: NOW }));
    expect(view.container.textContent).toBe('');
  });
});

describe('[H121-e] an earlier safeguarding referral is asked about on screen without naming it (S27, reference §4.3; H118)', () => {
  it('O10 (`notForPartner`): neutral words on screen, still asked received? and seen?; the record names it', async () => {
    const contact = contactWithReferral('O10');
    const { view } = await renderLoop(contact);
    const heading = screen.getByRole('heading', { level: 3 }).textContent ?? '';
    expect(heading).toBe(`${EARLIER_REFERRAL_ON_SCREEN}. Referred 13 Apr 2026 (Health visitor)`);
    expect(view.container.textContent).not.toMatch(/O10|safeguarding|social care|MASH|abuse|birthing parent|partner/i);
    expect(screen.getByRole('group', { name: 'Was the referral received?' })).toBeTruthy();
    const lines = sinceLastContactLines(summaryView(contact, evaluateForRecord(pathway, contact), 'family-record'));
    expect(lines.map((l) => l.full).join('\n')).toMatch(/O10 Safeguarding/);
  });

  it('an O10 referral about the partner (from their cards, her report among them) names no one on screen (reference §2.11, S20; §2.10)', async () => {
    const contact = contactWithReferral('O10', 'partner');
    const { view } = await renderLoop(contact);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(`${EARLIER_REFERRAL_ON_SCREEN}. Referred 13 Apr 2026 (Health visitor)`);
    expect(view.container.textContent).not.toMatch(/partner|birthing parent|O10|safeguarding/i);
    const lines = sinceLastContactLines(summaryView(contact, evaluateForRecord(pathway, contact), 'family-record'));
    expect(lines.map((l) => l.full).join('\n')).toMatch(/O10 Safeguarding.*\(partner\)/);
  });

  // Specialist review of H121, should-fix 12: the referral may be the partner's, or an O10 referral
  // about the family, and an O10 referral is followed by an assessment, not an appointment.
  it.each([
    ['O4', 'birthing-parent'],
    ['O4', 'partner'],
    ['O10', 'partner'],
  ] as const)('%s (%s): asks "Have they been seen (first appointment or assessment)?", never "she"', async (code, subject) => {
    const { view } = await renderLoop(contactWithReferral(code, subject));
    expect(screen.getByRole('group', { name: 'Have they been seen (first appointment or assessment)?' })).toBeTruthy();
    expect(view.container.textContent).not.toMatch(/\bshe\b/i);
  });

  it('boundary: any other referral keeps its code and title (O4)', async () => {
    await renderLoop(contactWithReferral('O4'));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toMatch(/^O4 NHS Talking Therapies/);
  });
});
