import { describe, expect, it } from 'vitest';
import { outcomeCodeSchema } from '../../../lib/contact/contact';
import { nationalCrisisRoutes, nationalDefaultConfig, nationalServices } from '../../../lib/config/defaults';
import { resolveConfig } from '../../../lib/config/resolve';
import { crisisRoutes, crisisRouteServes, servicesForOutcome, servesSubject } from '../../../lib/config/services-for-outcome';
import { exportConfig, importConfig } from '../../../lib/config/import';

const configured = resolveConfig({
  options: {
    configVersion: 1,
    organisationName: 'Example Community Trust',
    services: [
      { id: 'talking-therapies', name: 'Example Talking Therapies', outcomes: ['O4', 'O12'], forWhom: 'both-parents', referral: 'self-or-professional-referral', phone: '01632 960003', hours: 'Weekdays' },
      { id: 'perinatal-team', name: 'Example perinatal team', outcomes: ['O6'], forWhom: 'birthing-parent', referral: 'professional-referral' },
      { id: 'dads-group', name: 'Example dads group', outcomes: ['O1'], forWhom: 'partner' },
    ],
    crisisRoutes: [
      { id: 'crisis-line', name: 'Example crisis line', phone: '01632 960010', hours: '24 hours', whenToUse: 'Urgent assessment', levels: ['E4', 'E5'] },
      { id: 'duty-worker', name: 'Example duty worker', whenToUse: 'Working hours', levels: ['E4'] },
    ],
  },
}).config;

describe('services for an outcome', () => {
  it('shows the local services with how to refer and hours', () => {
    const result = servicesForOutcome(configured, 'O4');
    expect(result.usesNationalDefault).toBe(false);
    expect(result.note).toBeUndefined();
    expect(result.services).toEqual([
      expect.objectContaining({
        id: 'talking-therapies',
        name: 'Example Talking Therapies',
        howToAccess: 'Self-referral or professional referral',
        phone: '01632 960003',
        hours: 'Weekdays',
        origin: 'local',
      }),
    ]);
  });

  it('falls back to the national route with a note naming the organisation', () => {
    const result = servicesForOutcome(configured, 'O7');
    expect(result.usesNationalDefault).toBe(true);
    expect(result.services.map((s) => s.id)).toEqual(['national-maternal-mental-health-service']);
    expect(result.services[0]?.origin).toBe('national');
    expect(result.note).toBe('Example Community Trust has not set a local service for this outcome. The national route is shown.');
  });

  it('says "Your organisation" before anyone has configured a name', () => {
    expect(servicesForOutcome(nationalDefaultConfig, 'O4').note).toMatch(/^Your organisation has not set/);
  });

  it.each([
    { code: 'O6', subject: 'birthing-parent', ids: ['perinatal-team'] },
    { code: 'O4', subject: 'partner', ids: ['talking-therapies'] },
    { code: 'O1', subject: 'partner', ids: ['dads-group'] },
    { code: 'O1', subject: 'birthing-parent', ids: ['national-universal-information'] },
    { code: 'O1', subject: undefined, ids: ['dads-group'] },
  ] as const)('$code for $subject shows $ids', ({ code, subject, ids }) => {
    expect(servicesForOutcome(configured, code, subject).services.map((s) => s.id)).toEqual(ids);
  });

  it('explains when local services exist but none is for partners', () => {
    const result = servicesForOutcome(configured, 'O6', 'partner');
    expect(result.usesNationalDefault).toBe(true);
    expect(result.note).toContain('for partners');
  });

  it.each(['O9', 'O14'] as const)('keeps the national routes after local ones for %s', (code) => {
    const config = resolveConfig({
      options: { configVersion: 1, services: [{ id: 'local', name: 'Local', outcomes: [code], forWhom: 'family' }] },
    }).config;
    const result = servicesForOutcome(config, code);
    expect(result.usesNationalDefault).toBe(false);
    expect(result.services[0]?.id).toBe('local');
    expect(result.services.slice(1).map((s) => s.origin)).toEqual(servicesForOutcome(nationalDefaultConfig, code).services.map(() => 'national'));
  });

  it.each(outcomeCodeSchema.options)('has a national route for %s', (code) => {
    const result = servicesForOutcome(nationalDefaultConfig, code);
    expect(result.services.length).toBeGreaterThan(0);
    expect(result.usesNationalDefault).toBe(true);
  });

  it.each([
    { audience: 'birthing-parent', subject: 'partner', serves: false },
    { audience: 'partner', subject: 'birthing-parent', serves: false },
    { audience: 'both-parents', subject: 'partner', serves: true },
    { audience: 'family', subject: 'birthing-parent', serves: true },
    { audience: 'partner', subject: undefined, serves: true },
  ] as const)('a service for $audience serves $subject: $serves', ({ audience, subject, serves }) => {
    expect(servesSubject(audience, subject)).toBe(serves);
  });
});

describe('crisis routes for red-flag cards', () => {
  it('[H15-b] puts local routes first and always keeps the national routes, including 999', () => {
    const routes = crisisRoutes(configured, 'E5');
    expect(routes.local.map((r) => r.id)).toEqual(['crisis-line']);
    expect(routes.national.map((r) => r.id)).toEqual(nationalCrisisRoutes.map((r) => r.id));
    expect(routes.national.some((r) => r.phone === '999')).toBe(true);
    expect(routes.usesNationalDefault).toBe(false);
  });

  it('[H15-c] filters local routes by escalation level', () => {
    expect(crisisRoutes(configured, 'E4').local.map((r) => r.id)).toEqual(['crisis-line', 'duty-worker']);
    expect(crisisRoutes(configured).local).toHaveLength(2);
  });

  it('[H15-d] notes when the organisation has not set a crisis route', () => {
    const routes = crisisRoutes(nationalDefaultConfig, 'E4');
    expect(routes.local).toEqual([]);
    expect(routes.usesNationalDefault).toBe(true);
    expect(routes.note).toBe('Your organisation has not set a local crisis route. National routes are shown.');
  });

  it('[H15-g] follows the reference order for suspected psychosis: care plan, GP same day, 111, A&E, 999', () => {
    expect(nationalCrisisRoutes.map((r) => r.name)).toEqual([
      "Crisis numbers in the parent's care plan",
      'GP, the same day',
      'NHS 111 or the out-of-hours service',
      'A&E',
      '999',
    ]);
  });
});

describe('national defaults use only facts from the pathway reference', () => {
  const phones = [...nationalServices.map((s) => s.phone), ...nationalCrisisRoutes.map((r) => r.phone)].filter(Boolean);

  it('give no phone number except 111 and 999', () => {
    expect(new Set(phones)).toEqual(new Set(['111', '999']));
  });

  it('give no web address except the one the reference cites (S9)', () => {
    expect(nationalServices.map((s) => s.web).filter(Boolean)).toEqual(['www.app-network.org']);
  });

  it('cite a source for every route', () => {
    for (const item of [...nationalServices, ...nationalCrisisRoutes]) expect(item.source).not.toBe('');
  });

  it('name the national charities in O14', () => {
    expect(servicesForOutcome(nationalDefaultConfig, 'O14').services.map((s) => s.name)).toEqual([
      'Action on Postpartum Psychosis',
      'PANDAS',
      'Mind',
    ]);
  });
});

describe('[H42-b] crisis routes by person (issue 10 item 6)', () => {
  const byPerson = resolveConfig({
    options: {
      configVersion: 1,
      crisisRoutes: [
        { id: 'perinatal-crisis', name: 'Example perinatal crisis line', whenToUse: 'Perinatal crisis', forWhom: 'birthing-parent' },
        { id: 'adult-crisis', name: 'Example adult crisis team', whenToUse: 'Adult crisis', forWhom: 'other-adults' },
        { id: 'crisis-line', name: 'Example crisis line', whenToUse: 'Anyone' },
      ],
    },
  }).config;

  it.each([
    ['anyone', 'birthing-parent', true],
    ['anyone', 'partner', true],
    ['birthing-parent', 'birthing-parent', true],
    ['birthing-parent', 'partner', false],
    ['other-adults', 'partner', true],
    ['other-adults', 'birthing-parent', false],
  ] as const)('a route for %s is shown for the %s: %s', (audience, subject, shown) => {
    expect(crisisRouteServes(audience, subject)).toBe(shown);
  });

  it("never puts a route for the birthing parent only on a partner's card; national routes (all adults) always follow", () => {
    expect(crisisRoutes(byPerson, 'E4', 'partner').local.map((r) => r.id)).toEqual(['adult-crisis', 'crisis-line']);
    expect(crisisRoutes(byPerson, 'E4', 'birthing-parent').local.map((r) => r.id)).toEqual(['perinatal-crisis', 'crisis-line']);
    expect(crisisRoutes(byPerson, 'E5', 'partner').national.map((r) => r.id)).toEqual(nationalCrisisRoutes.map((r) => r.id));
    expect(crisisRoutes(byPerson, 'E4').local).toHaveLength(3);
  });

  it('is optional with a national default: a route written before it is for anyone, and import/export keep the choice', () => {
    expect(configured.crisisRoutes.map((r) => r.forWhom)).toEqual(['anyone', 'anyone']);
    const text = JSON.stringify({ configVersion: 1, crisisRoutes: [{ id: 'perinatal-crisis', name: 'P', whenToUse: 'W', forWhom: 'birthing-parent' }] });
    const imported = importConfig(text, {});
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(JSON.parse(exportConfig(imported.document)).crisisRoutes[0].forWhom).toBe('birthing-parent');
    const bad = importConfig(JSON.stringify({ configVersion: 1, crisisRoutes: [{ id: 'c', name: 'C', whenToUse: 'W', forWhom: 'partner' }] }), {});
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['crisisRoutes[0].forWhom']);
  });
});
