import type { OutcomeCode, Subject } from '../contact/contact';
import { nationalCrisisRoutes, nationalServices } from './defaults';
import { referralLabels } from './referral-labels';
import type { CrisisAudience, CrisisLevel, OrganisationConfig, ServiceAudience } from './schema';

// What the outcome step and red-flag action cards show: the organisation's own services and
// routes, or the national default with a note that the organisation has not set one (issue 7).
// Pure: the panel passes the resolved configuration in.

export type ServiceCard = {
  id: string;
  name: string;
  forWhom: ServiceAudience;
  /** How to refer or self-refer, in words ("Self-referral or professional referral"); empty when not known. */
  howToAccess: string;
  phone: string;
  /** Shown as text, never as a link. */
  web: string;
  email: string;
  hours: string;
  notes: string;
  origin: 'local' | 'national';
};

export type OutcomeServices = {
  outcome: OutcomeCode;
  services: ServiceCard[];
  /** True when no local service matched and the national route is shown instead. */
  usesNationalDefault: boolean;
  /** Shown with national routes: says the organisation has not set a local one. */
  note: string | undefined;
};

export type CrisisRouteCard = {
  id: string;
  name: string;
  phone: string;
  web: string;
  hours: string;
  whenToUse: string;
  levels: readonly CrisisLevel[];
  /** Local routes only: whom the organisation set it for. */
  forWhom?: CrisisAudience;
  origin: 'local' | 'national';
};

export type CrisisRoutes = {
  /** The organisation's routes for this level, shown first. */
  local: CrisisRouteCard[];
  /** Care-plan numbers, GP same day, NHS 111, A&E, 999: always shown, after local routes. */
  national: CrisisRouteCard[];
  usesNationalDefault: boolean;
  note: string | undefined;
};

/**
 * Outcomes whose national routes are listed after the local ones even when the organisation has
 * set its own: a local crisis team must never hide NHS 111, A&E and 999 (O9, reference §3.2), and
 * national charities such as Action on Postpartum Psychosis stay relevant beside local groups (O14).
 */
export const outcomesAlwaysWithNationalRoutes: readonly OutcomeCode[] = ['O9', 'O14'];

function organisation(config: OrganisationConfig): string {
  return config.organisationName.trim() === '' ? 'Your organisation' : config.organisationName;
}

/** Whether a service for `audience` serves the parent the outcome is for. */
export function servesSubject(audience: ServiceAudience, subject: Subject | undefined): boolean {
  if (subject === undefined) return true;
  if (audience === 'both-parents' || audience === 'family') return true;
  return audience === subject;
}

/**
 * The services to show for an outcome, for one parent (or either, when `subject` is omitted).
 * Local services come in the order the organisation listed them. If none match, the national
 * route(s) for that outcome are returned with a note. For O9 and O14 the national routes always
 * follow the local ones (see `outcomesAlwaysWithNationalRoutes`).
 */
/**
 * What the panel may show for an outcome while the birthing parent is not alone. Safeguarding (O10)
 * routes can name domestic abuse services (an IDVA, a refuge), so with others in the room only the
 * neutral safeguarding route is shown (reference §2.11: nothing on screen may reveal the topic).
 */
export function servicesForOutcomeOnScreen(
  config: OrganisationConfig,
  code: OutcomeCode,
  subject: Subject | undefined,
  screen: { privateNow: boolean },
): OutcomeServices {
  if (code !== 'O10' || screen.privateNow) return servicesForOutcome(config, code, subject);
  const neutral = nationalServices.filter((s) => s.outcomes.includes('O10'));
  return {
    outcome: code,
    services: neutral.map((s) => ({ id: s.id, name: s.name, forWhom: s.forWhom, howToAccess: s.howToAccess, phone: '', web: '', email: '', hours: '', notes: s.notes, origin: 'national' })),
    usesNationalDefault: false,
    note: 'Local safeguarding contacts are shown when the parent is alone.',
  };
}

export function servicesForOutcome(config: OrganisationConfig, code: OutcomeCode, subject?: Subject): OutcomeServices {
  const local = config.services
    .filter((s) => s.outcomes.includes(code) && servesSubject(s.forWhom, subject))
    .map<ServiceCard>((s) => ({
      id: s.id,
      name: s.name,
      forWhom: s.forWhom,
      howToAccess: s.referral ? referralLabels[s.referral] : '',
      phone: s.phone,
      web: s.web,
      email: s.email,
      hours: s.hours,
      notes: s.notes,
      origin: 'local',
    }));
  const national = nationalServices
    .filter((s) => s.outcomes.includes(code))
    .map<ServiceCard>((s) => ({
      id: s.id,
      name: s.name,
      forWhom: s.forWhom,
      howToAccess: s.howToAccess,
      phone: s.phone,
      web: s.web,
      email: '',
      hours: s.hours,
      notes: s.notes,
      origin: 'national',
    }));
  if (local.length > 0) {
    const services = outcomesAlwaysWithNationalRoutes.includes(code) ? [...local, ...national] : local;
    return { outcome: code, services, usesNationalDefault: false, note: undefined };
  }

  const forPartner = subject === 'partner' && config.services.some((s) => s.outcomes.includes(code));
  const note = forPartner
    ? `${organisation(config)} has not set a local service for partners for this outcome. The national route is shown.`
    : `${organisation(config)} has not set a local service for this outcome. The national route is shown.`;
  return { outcome: code, services: national, usesNationalDefault: true, note };
}

/**
 * Routes for a red-flag action card (reference §3.4: E4 urgent same day, E5 emergency). Local
 * routes for the level, and for the parent the card is about (`forWhom`), come first; the national
 * routes (all of which see any adult) always follow, so 999 is never missing.
 */
/** Whether a crisis route set for `audience` may be shown for this parent (issue 10 item 6). */
export function crisisRouteServes(audience: CrisisAudience, subject: Subject | undefined): boolean {
  if (subject === undefined || audience === 'anyone') return true;
  return subject === 'birthing-parent' ? audience === 'birthing-parent' : audience === 'other-adults';
}

export function crisisRoutes(config: OrganisationConfig, level?: CrisisLevel, subject?: Subject): CrisisRoutes {
  const local = config.crisisRoutes
    .filter((r) => level === undefined || r.levels.includes(level))
    // A partner's card never shows a route for the birthing parent only (a perinatal crisis line).
    .filter((r) => crisisRouteServes(r.forWhom, subject))
    .map<CrisisRouteCard>((r) => ({
      id: r.id,
      name: r.name,
      phone: r.phone,
      web: r.web,
      hours: r.hours,
      whenToUse: r.whenToUse,
      levels: [...r.levels],
      forWhom: r.forWhom,
      origin: 'local',
    }));
  const national = nationalCrisisRoutes
    .filter((r) => level === undefined || r.levels.includes(level))
    .map<CrisisRouteCard>((r) => ({
      id: r.id,
      name: r.name,
      phone: r.phone,
      web: '',
      hours: r.hours,
      whenToUse: r.whenToUse,
      levels: [...r.levels],
      origin: 'national',
    }));
  const usesNationalDefault = local.length === 0;
  return {
    local,
    national,
    usesNationalDefault,
    note: usesNationalDefault ? `${organisation(config)} has not set a local crisis route. National routes are shown.` : undefined,
  };
}
