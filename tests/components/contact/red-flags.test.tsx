// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { render as renderWithoutAct } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AcknowledgedFlags, RedFlagDialog } from '../../../components/contact/red-flags';
import { PanelServicesContext } from '../../../components/panel-services';
import { resolveConfig, type ResolvedConfig } from '../../../lib/config/resolve';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { createTestServices } from '../support/panel-services';

afterEach(() => cleanup());

const withLocalCrisisRoute = resolveConfig({
  options: {
    configVersion: 1,
    organisationName: 'Example Community Trust',
    crisisRoutes: [{ id: 'crisis-line', name: 'Example crisis line', phone: '01632 960010', hours: '24 hours', whenToUse: 'Urgent assessment', levels: ['E4', 'E5'] }],
  },
});

function psychosisFlag() {
  const contact = buildContact({
    contactType: 'hv-new-birth',
    answers: { 'birthing-parent': { 'red-flags.psychosis-signs': 'yes' } },
  });
  const flag = evaluate(pathway, contact).flags.find((f) => f.ruleId === 'RF-POSTPARTUM-PSYCHOSIS');
  if (!flag) throw new Error('no psychosis flag');
  return flag;
}

async function renderCard(config: ResolvedConfig, flag = psychosisFlag(), privateNow = true) {
  const services = await createTestServices({ config });
  render(
    <PanelServicesContext.Provider value={services}>
      <RedFlagDialog flag={flag} privateNow={privateNow} onAcknowledge={vi.fn()} />
    </PanelServicesContext.Provider>,
  );
  const card = screen.getByRole('alertdialog');
  const urgent = [...card.querySelectorAll('h3')].find((h) => h.textContent === 'Urgent routes')?.nextElementSibling;
  const routes = [...(urgent?.querySelectorAll('li.service > strong') ?? [])].map((name) => name.textContent);
  return { text: card.textContent ?? '', routes };
}

describe('the red-flag card', () => {
  it('[H01-u] is open (modal) in the same commit that adds it, so nothing behind it can be clicked for a frame', async () => {
    const services = await createTestServices({ config: resolveConfig({}) });
    const container = document.createElement('div');
    document.body.append(container);
    // Plain Preact render, not act(): passive effects wait for the next frame, layout effects do not.
    renderWithoutAct(
      <PanelServicesContext.Provider value={services}>
        <RedFlagDialog flag={psychosisFlag()} privateNow onAcknowledge={vi.fn()} />
      </PanelServicesContext.Provider>,
      container,
    );
    try {
      expect(container.querySelector('dialog')?.open).toBe(true);
    } finally {
      renderWithoutAct(null, container);
      container.remove();
    }
  });

  it("[H15-e] shows the organisation's own crisis route first, then the national routes down to 999", async () => {
    const { text, routes } = await renderCard(withLocalCrisisRoute);
    expect(routes[0]).toBe('Example crisis line');
    expect(routes.at(-1)).toBe('999');
    expect(text).toContain('01632 960010');
    expect(text).not.toContain('has not set a local crisis route');
  });

  it('[H15-f] says when the organisation has set no crisis route, and still shows the national routes', async () => {
    const { text, routes } = await renderCard(resolveConfig({}));
    expect(text).toContain('Your organisation has not set a local crisis route. National routes are shown.');
    expect(routes).toEqual(["Crisis numbers in the parent's care plan", 'GP, the same day', 'NHS 111 or the out-of-hours service', 'A&E', '999']);
  });
});

describe('the red-flag card with others in the room', () => {
  const withIdva = resolveConfig({
    options: {
      configVersion: 1,
      organisationName: 'Example Community Trust',
      services: [
        { id: 'idva', name: 'Example IDVA service (domestic abuse advocates)', outcomes: ['O10'], forWhom: 'birthing-parent', referral: 'professional-referral', phone: '01632 960020', web: '', email: '', hours: '', notes: '' },
      ],
    },
  });

  function harmToBabyFlag() {
    const contact = buildContact({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      // Pathway 2026.4.0: wished or intended thoughts route to safeguarding (an unexplored disclosure does not).
      answers: { 'birthing-parent': { 'red-flags.harm-baby-thoughts': 'yes', 'harm-thoughts.kind': 'wished-or-intended', 'harm-thoughts.unusual-beliefs': 'no' } },
    });
    const evaluation = evaluate(pathway, contact);
    const flag = evaluation.flags.find((f) => f.routes.includes('O10'));
    if (!flag) throw new Error('no flag routed to safeguarding');
    return { flag, privateNow: evaluation.presence.privateNow };
  }

  it('[H05-v] shows only the neutral safeguarding route, never a local domestic abuse service, while she is not alone', async () => {
    const { flag, privateNow } = harmToBabyFlag();
    expect(privateNow).toBe(false);
    const { text } = await renderCard(withIdva, flag, privateNow);
    expect(text).toContain('Safeguarding: local procedures');
    expect(text).not.toMatch(/IDVA|domestic|abuse/i);
  });

  it('shows the local safeguarding services once she is alone', async () => {
    const { flag } = harmToBabyFlag();
    const { text } = await renderCard(withIdva, flag, true);
    expect(text).toContain('Example IDVA service');
  });
});

describe('[H42-c] a partner’s red-flag card shows adult routes only', () => {
  const byPerson = resolveConfig({
    options: {
      configVersion: 1,
      organisationName: 'Example Community Trust',
      crisisRoutes: [
        { id: 'perinatal-crisis', name: 'Example perinatal crisis line', whenToUse: 'Perinatal crisis', forWhom: 'birthing-parent' },
        { id: 'adult-crisis', name: 'Example adult crisis team', whenToUse: 'Adult crisis', forWhom: 'other-adults' },
      ],
    },
  });

  function partnerConcerningFlag() {
    const contact = buildContact({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: {
        partner: {
          'partner.consent-screening': 'yes-share',
          'epds.10': 'sometimes',
          'risk-enquiry.nature': 'active',
          'risk-enquiry.plan': 'yes',
        },
      },
    });
    const flag = evaluate(pathway, contact).flags.find((f) => f.ruleId === 'IR-ENQUIRY-CONCERNING-PARTNER');
    if (!flag) throw new Error('no partner flag');
    return flag;
  }

  it('lists the adult crisis team and the national routes, never the perinatal crisis line or the specialist perinatal team', async () => {
    const { text, routes } = await renderCard(byPerson, partnerConcerningFlag(), false);
    expect(routes).toEqual(['Example adult crisis team', "Crisis numbers in the parent's care plan", 'GP, the same day', 'NHS 111 or the out-of-hours service', 'A&E', '999']);
    expect(text).not.toContain('Example perinatal crisis line');
    expect(text).not.toMatch(/Specialist community perinatal mental health team/);
    expect(text).toContain('adult services');
  });

  it('the birthing parent’s card lists the perinatal crisis line and not the adult-only one', async () => {
    const { routes } = await renderCard(byPerson);
    expect(routes[0]).toBe('Example perinatal crisis line');
    expect(routes).not.toContain('Example adult crisis team');
  });
});

describe('cards that fit their level (issue 10 item 9)', () => {
  const flagOf = (spec: Parameters<typeof buildContact>[0], ruleId: string) => {
    const flag = evaluate(pathway, buildContact(spec)).flags.find((f) => f.ruleId === ruleId);
    if (!flag) throw new Error(`no ${ruleId}`);
    return flag;
  };

  it.each([
    ['an E5 red flag', { contactType: 'hv-new-birth' as const, answers: { 'birthing-parent': { 'red-flags.psychosis-signs': 'yes' } } }, 'RF-POSTPARTUM-PSYCHOSIS', 'Red flag: act now'],
    ['an E4 red flag', { contactType: 'hv-new-birth' as const, answers: { 'birthing-parent': { 'red-flags.violent-self-harm': 'yes' } } }, 'RF-VIOLENT-SELF-HARM', 'Red flag: act now'],
    ['an item marked unsure (E1)', { contactType: 'hv-new-birth' as const, answers: { 'birthing-parent': { 'red-flags.severe-sleep': 'unsure' } } }, 'RF-UNSURE', 'Not known yet: follow this up before she leaves'],
    ['a declined risk item (E0)', { contactType: 'hv-6-8-weeks' as const, answers: { 'birthing-parent': { 'epds.1': 'as-much-as-i-always-could', 'epds.10': { kind: 'declined' as const } } } }, 'RN-EPDS-10', 'Not known yet: follow this up before she leaves'],
    ['a history-based high risk (E3)', { contactType: 'hv-new-birth' as const, answers: { 'birthing-parent': { 'history.severe-mental-illness': 'past' } } }, 'HR-POSTPARTUM-PSYCHOSIS-RISK', 'Higher risk: plan ahead'],
  ])('[H54-b] %s reads as what it is: "%s"', async (_what, spec, ruleId, banner) => {
    const { text } = await renderCard(resolveConfig({}), flagOf(spec, ruleId));
    expect(text).toContain(banner);
    if (!banner.startsWith('Red flag')) expect(text).not.toMatch(/act now/i);
  });

  it('[H53-a] names no topic, rule or route on a card from the private question, even while she is alone; E5 still says call 999', async () => {
    const withIdva = resolveConfig({
      options: {
        configVersion: 1,
        organisationName: 'Example Community Trust',
        services: [
          { id: 'idva', name: 'Example IDVA service (domestic abuse advocates)', outcomes: ['O10'], forWhom: 'birthing-parent', referral: 'professional-referral', phone: '01632 960020', web: '', email: '', hours: '', notes: '' },
        ],
      },
    });
    const disclosure = flagOf({ contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'domestic-abuse.enquiry': 'disclosure' } } }, 'SG-DA-DISCLOSURE');
    const { text } = await renderCard(withIdva, disclosure, true);
    expect(text).toContain('Private question: follow it up');
    expect(text).not.toMatch(/abuse|domestic|IDVA|SG-DA|disclos/i);
    expect(document.querySelector('dialog')?.outerHTML).not.toMatch(/SG-DA|abuse/i);
    cleanup();
    const danger = flagOf(
      { contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'domestic-abuse.enquiry': 'disclosure', 'domestic-abuse.immediate-danger': 'yes' } } },
      'SG-DA-IMMEDIATE-DANGER',
    );
    const emergency = await renderCard(withIdva, danger, true);
    expect(emergency.text).toContain('Call 999 if anyone is in immediate danger.');
    expect(emergency.text).not.toMatch(/abuse|domestic|IDVA|SG-DA/i);
  });

  it('[H53-b] keeps the acknowledged banner at the top of the contact neutral too', async () => {
    const disclosure = flagOf({ contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'domestic-abuse.enquiry': 'disclosure' } } }, 'SG-DA-DISCLOSURE');
    const services = await createTestServices({ config: resolveConfig({}) });
    render(
      <PanelServicesContext.Provider value={services}>
        <AcknowledgedFlags flags={[{ ...disclosure, acknowledgedAt: '2026-03-02T10:05:00.000Z' }]} privateNow />
      </PanelServicesContext.Provider>,
    );
    const strip = screen.getByRole('region', { name: 'Red flags raised in this contact' });
    expect(strip.textContent).toContain('Private question: follow it up');
    expect(strip.outerHTML).not.toMatch(/abuse|domestic|SG-DA/i);
  });
});
