import { PATHWAY_VERSION } from '../../../lib/pathway/version';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import type { LocalService, OrganisationConfig } from '../../../lib/config/schema';
import { answerKey, type Contact } from '../../../lib/contact/contact';
import { applyChanges } from '../../../lib/contact/contact-change';
import { questionnaireResponses } from '../../../lib/fhir/questionnaire-response';
import { encodeHandoverBlock } from '../../../lib/handover/handover-block';
import { handoverFactsFrom } from '../../../lib/handover/handover-facts-from';
import { buildContact, scoresTotalling } from '../../../lib/pathway/contact-builder';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { pathway } from '../../../lib/pathway/pathway';
import { indexPathway } from '../../../lib/pathway/pathway-index';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';
import { compactSummary } from '../../../lib/summary/compact-summary';
import { PARTNER_ELSEWHERE } from '../../../lib/summary/sections/partner';
import { partnerSummaryStatus, partnerSummaryText, summaryText } from '../../../lib/summary/summary-text';
import { summaryView } from '../../../lib/output/summary-view';
import { contactArb, settingsArb } from '../pathway/support/arbitraries';
import { PRIVATE_TOPIC_ANYWHERE, scenarioInputs } from './support';
import { noRedFlagsSeen } from '../pathway/support/red-flag-answers';

// What must never reach a written output: hidden answers (H08), anything about the private routine
// enquiry (H05), the partner's own answers without their consent to share (H06).

/** Wide lines, so phrases can be searched for without line wrapping in the way. */
const options = { lineWidth: 400 };
const index = indexPathway(pathway);

/** Every written output for one contact, as one string per output. */
function everyOutput(contact: Contact, evaluation: Evaluation): Record<string, string> {
  const compact = compactSummary({ contact, evaluation, config: nationalDefaultConfig }, 5000);
  const compactPartner = compactSummary({ contact, evaluation, audience: 'partner-record' }, 5000);
  return {
    summary: summaryText({ contact, evaluation, config: nationalDefaultConfig, options }),
    partner: partnerSummaryText({ contact, evaluation, config: nationalDefaultConfig, options }),
    compact: compact.ok ? compact.text : '',
    compactPartner: compactPartner.ok ? compactPartner.text : '',
    handoverFacts: JSON.stringify(handoverFactsFrom(contact, evaluation)),
    handoverBlock: encodeHandoverBlock(handoverFactsFrom(contact, evaluation), options),
    fhir: JSON.stringify(questionnaireResponses(contact, evaluation)),
    fhirPartner: JSON.stringify(questionnaireResponses(contact, evaluation, 'partner-record')),
  };
}

/** A marker no option label contains, to detect an answer in any output. */
function marked(contact: Contact, keys: readonly string[], note: string): Contact {
  const answers = { ...contact.answers };
  for (const key of keys) {
    const answer = answers[key];
    if (answer) answers[key] = { ...answer, response: { kind: 'not-asked', reason: 'other', note } };
  }
  return { ...contact, answers };
}

describe('the private routine enquiry', () => {
  const withEnquiry = scenarioInputs.filter((s) =>
    Object.keys(s.contact.answers).some((k) => k.includes('domestic-abuse')),
  );

  it('is in several scenarios, alone and not alone', () => {
    expect(withEnquiry.map((s) => s.evaluation.presence.privateNow)).toEqual(expect.arrayContaining([true, false]));
  });

  it.each(withEnquiry.map((s) => [s.scenario.id, s] as const))(
    '[H05-n] %s: is never named in any output, even when she was alone',
    (_id, { contact, evaluation }) => {
      for (const [name, text] of Object.entries(everyOutput(contact, evaluation))) {
        expect(text, name).not.toMatch(PRIVATE_TOPIC_ANYWHERE);
        expect(text, name).not.toContain('domestic-abuse.');
      }
    },
  );

  const privateAnswers: Array<[string, Record<string, string>]> = [
    ['not yet asked', {}],
    ['no disclosure', { 'domestic-abuse.enquiry': 'no-disclosure' }],
    ['disclosure', { 'domestic-abuse.enquiry': 'disclosure', 'domestic-abuse.immediate-danger': 'no' }],
    ['disclosure, immediate danger', { 'domestic-abuse.enquiry': 'disclosure', 'domestic-abuse.immediate-danger': 'yes' }],
    ['concern, no disclosure', { 'domestic-abuse.enquiry': 'concern-no-disclosure', 'domestic-abuse.immediate-danger': 'no' }],
  ];
  const recordOutputs = (answers: Record<string, string>, presence: Partial<Contact['presence']>) => {
    const contact = buildContact({
      contactType: 'hv-6-8-weeks',
      presence,
      answers: {
        'birthing-parent': {
          'privacy.talk-with-others-present': 'yes',
          'whooley.1': 'no',
          'whooley.2': 'no',
          'gad-2.1': 'not-at-all',
          'gad-2.2': 'not-at-all',
          ...noRedFlagsSeen,
          ...answers,
        },
      },
    });
    const evaluation = evaluateForRecord(pathway, contact);
    const compact = compactSummary({ contact, evaluation, config: nationalDefaultConfig }, 5000);
    return {
      summary: summaryText({ contact, evaluation, config: nationalDefaultConfig, options: { lineWidth: 80 } }),
      compact: compact.ok ? compact.text : compact.reason,
      handover: encodeHandoverBlock(handoverFactsFrom(contact, evaluation), { lineWidth: 80 }),
      fhir: JSON.stringify(questionnaireResponses(contact, evaluation)),
    };
  };

  it('[H05-o] gives the same neutral words whatever she answered in private, and the same level, when she is alone', () => {
    const texts = privateAnswers.slice(1).map(([, answers]) => recordOutputs(answers, {}));
    for (const text of texts.slice(1)) expect(text).toEqual(texts[0]);
    expect(texts[0]?.summary).toContain('Private question: asked in private.');
  });

  it.each([
    ['the partner', { partner: true }],
    ['another adult', { otherAdults: true }],
  ] as const)('[H05-o] with %s in the room as the record is made: every written output is identical whatever she answered in private, or if she was not asked', (_who, presence) => {
    const outputs = privateAnswers.map(([what, answers]) => [what, recordOutputs(answers, presence)] as const);
    const [, first] = outputs[0]!;
    for (const [what, output] of outputs) expect(output, what).toEqual(first);
    expect(first.summary).toContain('Private question outstanding: ask it, or review it, only when she is alone.');
    expect(first.summary).not.toContain('Private question: asked in private');
    expect(first.summary).not.toMatch(PRIVATE_TOPIC_ANYWHERE);
  });

  it('[H05-p] never itemises a safeguarding decision that has no visible reason, and never names a local O10 service', () => {
    const contact = applyChanges(
      buildContact({ contactType: 'fnp-infancy', answers: { 'birthing-parent': { 'domestic-abuse.enquiry': 'disclosure', 'domestic-abuse.immediate-danger': 'no' } } }),
      [{ type: 'outcome-decision', decision: { code: 'O10', subject: 'birthing-parent', status: 'done', decidedAt: '2026-03-02T10:10:00.000Z', serviceId: 'local-idva' } }],
    );
    const idva: LocalService = {
      id: 'local-idva',
      name: 'Independent domestic violence advisers',
      outcomes: ['O10', 'O9'],
      forWhom: 'family',
      phone: '',
      web: '',
      email: '',
      hours: '',
      notes: '',
    };
    const config: OrganisationConfig = { ...nationalDefaultConfig, services: [idva] };
    for (const presence of [{ ...contact.presence }, { ...contact.presence, partner: true }]) {
      const c = { ...contact, presence };
      const evaluation = evaluateForRecord(pathway, c);
      // A config that names the topic in a service name must not leak it either.
      const text = summaryText({ contact: c, evaluation, config, options });
      expect(text).not.toMatch(PRIVATE_TOPIC_ANYWHERE);
      expect(text).not.toMatch(/O10/);
    }
  });
});

describe('hidden answers (an answer to a hidden item counts as no answer)', () => {
  it('[H08-g] never appear in any output as answers: the partner’s red-flag details after their check was changed to "none"; a risk answer among them reaches the record only as the flag that says to act on it as given (H34)', () => {
    const marker = 'HIDDEN-MARKER-RED-FLAG';
    const contact = marked(
      buildContact({
        contactType: 'hv-new-birth',
        presence: { partner: true },
        answers: {
          'birthing-parent': { ...noRedFlagsSeen, 'whooley.1': 'no', 'whooley.2': 'no' },
          partner: { 'red-flags.partner-check': 'none', 'red-flags.imminent-danger': 'yes', 'red-flags.harm-self-thoughts': 'yes' },
        },
      }),
      [answerKey('partner', 'red-flags.harm-self-thoughts')],
      marker,
    );
    const evaluation = evaluateForRecord(pathway, contact);
    expect(evaluation.answers.some((a) => a.subject === 'partner' && a.questionId.startsWith('red-flags.') && a.questionId !== 'red-flags.partner-check')).toBe(false);
    for (const [name, text] of Object.entries(everyOutput(contact, evaluation))) {
      expect(text, name).not.toContain(marker);
      expect(text, name).not.toMatch(/RF-IMMINENT-DANGER/i);
      expect(text, name).not.toMatch(/\[observed\] Imminent danger to the parent or the baby: Yes$/m);
    }
    const outputs = everyOutput(contact, evaluation);
    // The partner has not agreed to share: the flag is in the partner's own summary.
    // (Whitespace normalised: the card's line wraps where it falls; since H118 it names no O10 route here.)
    expect(outputs.partner?.replace(/\s+/g, ' ')).toContain('IR-RISK-ANSWER-WITHDRAWN-EMERGENCY (S9, S6, S5, S27).');
    // The partner's check said "none", but a risk answer overrides it: the record does not contradict itself.
    expect(outputs.partner).not.toMatch(/Partner risk check: None seen/);
    expect(outputs.partner).toMatch(/Partner risk check: SEEN - raised by \[observed\] Imminent danger/);
  });

  it('[H08-h] never appear in any output: the Whooley help answer after both questions changed to No', () => {
    const contact = buildContact({
      contactType: 'hv-new-birth',
      answers: { 'birthing-parent': { 'whooley.1': 'no', 'whooley.2': 'no', 'whooley.help': 'yes' } },
    });
    const evaluation = evaluateForRecord(pathway, contact, { ...defaultPathwaySettings, helpQuestionEnabled: true });
    for (const [name, text] of Object.entries(everyOutput(contact, evaluation))) {
      expect(text, name).not.toMatch(/wants help|whooley\.help/i);
    }
  });

  it('[H08-i] never appear in any output: partner answers without the partner’s own consent to questions', () => {
    const marker = 'HIDDEN-MARKER-PARTNER';
    const contact = marked(
      buildContact({
        contactType: 'hv-6-8-weeks',
        presence: { partner: true },
        answers: { partner: { 'partner.consent-screening': 'no', 'whooley.1': 'yes', 'wellbeing.feelings': 'concerns-raised', ...scoresTotalling('epds', 25) } },
      }),
      [answerKey('partner', 'wellbeing.feelings')],
      marker,
    );
    const evaluation = evaluateForRecord(pathway, contact);
    for (const [name, text] of Object.entries(everyOutput(contact, evaluation))) {
      expect(text, name).not.toContain(marker);
      expect(text, name).not.toMatch(/25 of 30|25\/30/);
    }
  });

  it('[H08-f] property: removing every answer the engine does not count changes no output at all', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const evaluation = evaluateForRecord(pathway, contact, settings);
        const counted = new Set<string>(evaluation.answers.map((a) => a.key));
        // A hidden positive risk answer still raises a flag (H34): it is kept. So are private
        // answers (in the record evaluation they count, and the outputs must stay silent on them),
        // and stored EPDS answers when the organisation uses PHQ-9 (they keep EPDS in play, H34-d).
        const flagged = new Set<string>([
          ...evaluation.flags.flatMap((f) => f.triggeredBy),
          // A hidden self-harm answer also keeps its enquiry due (H45-c), flag or not.
          ...evaluation.sections.flatMap((s) => s.items).flatMap((i) => i.requirementReasons.flatMap((r) => r.triggeredBy)),
        ]);
        const answers = Object.fromEntries(
          Object.entries(contact.answers).filter(
            ([key, answer]) =>
              counted.has(key) ||
              flagged.has(key) ||
              index.questions.get(answer.questionId)?.group.privacy ||
              (settings.depressionMeasure === 'phq-9' && answer.questionId.startsWith('epds.')),
          ),
        );
        const without = { ...contact, answers };
        const after = evaluateForRecord(pathway, without, settings);
        expect(everyOutput(without, after)).toEqual(everyOutput(contact, evaluation));
        for (const [name, text] of Object.entries(everyOutput(contact, evaluation))) {
          expect(text, name).not.toMatch(PRIVATE_TOPIC_ANYWHERE);
        }
      }),
      { numRuns: 150 },
    );
    // 150 generated contacts, each evaluated and rendered twice: about 9 s alone, more on a loaded machine.
  }, 60_000);
});

describe('the partner’s own answers', () => {
  const partnerScenarios = scenarioInputs.filter((s) => summaryView(s.contact, s.evaluation).partnerHasOwnAnswers);

  it('[H30-b] scenarios cover consent to share given and refused', () => {
    expect(new Set(partnerScenarios.map((s) => summaryView(s.contact, s.evaluation).partnerShare))).toEqual(new Set(['yes', 'no']));
  });

  it.each(partnerScenarios.map((s) => [s.scenario.id, s] as const))(
    '[H06-d] %s: are in the family summary only with the partner’s consent to share, otherwise in the partner summary',
    (_id, { contact, evaluation }) => {
      const view = summaryView(contact, evaluation);
      const text = summaryText({ contact, evaluation, options });
      const partner = partnerSummaryText({ contact, evaluation, options });
      const partnerInstrumentLines = /\[partner\] (Whooley|Generalised|Edinburgh|Patient Health)/;
      if (view.partnerShare === 'yes') {
        expect(text).toMatch(partnerInstrumentLines);
        expect(text).not.toContain('separate partner summary (not for this record)');
      } else {
        expect(text).not.toMatch(partnerInstrumentLines);
        expect(text).not.toMatch(/\[partner\] Emotional wellbeing/);
        expect(text).toContain('separate partner summary (not for this record)');
        expect(partner).toMatch(partnerInstrumentLines);
      }
      // The partner summary never holds her answers or her account of the partner.
      expect(partner).not.toContain('[birthing parent]');
      expect(partner).not.toContain('[her report about the partner]');
      expect(partner).not.toContain('PMH handover block');
    },
  );

  it('[H06-e] a partner flag that puts the baby at risk stays in the family summary without consent, marked as shared for safety', () => {
    const contact = buildContact({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: {
        partner: {
          'partner.consent-screening': 'yes-keep-separate',
          'red-flags.partner-check': 'present-or-unsure',
          'red-flags.harm-baby-thoughts': 'yes',
        },
      },
    });
    const evaluation = evaluateForRecord(pathway, contact);
    const text = summaryText({ contact, evaluation, options });
    expect(text).toContain('Thoughts of harming the baby disclosed: ask how they are experienced (partner)');
    expect(text).toContain("without the partner's consent to share because of a risk to the baby");
    // Pathway 2026.4.0: E2 until the follow-up questions say what the thoughts are (issue 10 item 5).
    expect(text).toMatch(/Level: E2/);
  });

  const plentyForThePartner: Record<string, string> = {
    'wellbeing.feelings': 'concerns-raised',
    'whooley.1': 'yes',
    'whooley.2': 'yes',
    'gad-2.1': 'nearly-every-day',
    'gad-2.2': 'nearly-every-day',
    ...scoresTotalling('epds', 20),
    'concern.clinical': 'yes',
    'relationship.conversation': 'struggles',
    'relationship.observation': 'persistent-concerns',
  };
  // Only completed screens: the universal-information outcome then stands on the instruments'
  // status alone (a rule whose answers were once not named, so it could not be attributed).
  const negativeScreensOnly: Record<string, string> = { 'whooley.1': 'no', 'whooley.2': 'no', 'gad-2.1': 'not-at-all', 'gad-2.2': 'not-at-all' };
  const keepSeparate = (partnerAnswers: Record<string, string>, extra: Record<string, string> = {}) =>
    buildContact({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: {
        'birthing-parent': { 'privacy.talk-with-others-present': 'yes', 'whooley.1': 'no', 'whooley.2': 'no', ...noRedFlagsSeen },
        partner: { 'partner.consent-screening': 'yes-keep-separate', ...partnerAnswers, 'red-flags.partner-check': 'none', ...extra },
      },
    });

  it.each([
    ['plenty to act on', plentyForThePartner, 'O5'],
    ['only negative screens', negativeScreensOnly, 'O1'],
  ] as const)('[H06-h] with "Yes, but keep it out of that record" and %s: no partner outcome, flag or line reaches the family summary, compact summary, handover block or FHIR export', (_what, partnerAnswers, code) => {
    const contact = keepSeparate(partnerAnswers);
    const evaluation = evaluateForRecord(pathway, contact);
    // The engine has something for the partner: it all goes to the partner's own summary.
    expect(evaluation.outcomes.filter((o) => o.subject === 'partner').map((o) => o.code)).toContain(code);
    const view = summaryView(contact, evaluation);
    expect(view.outcomes.filter((o) => o.subject === 'partner')).toEqual([]);
    expect(view.flags.filter((f) => f.subject === 'partner')).toEqual([]);
    const out = everyOutput(contact, evaluation);
    // Lines about the partner, other than their agreement itself and the preamble's key to the tags.
    const partnerLines = (text: string) =>
      text.split('\n').filter((l) => /\(partner\)|\[partner\]/.test(l) && !/Partner's agreement|Partner agreement/.test(l) && !l.startsWith('Tags: '));
    expect(partnerLines(out.summary!)).toEqual([]);
    expect(partnerLines(out.compact!.replace(/; /g, '\n'))).toEqual([]);
    const facts = handoverFactsFrom(contact, evaluation);
    expect([...facts.screening, ...facts.flags, ...facts.outcomes].filter((f) => f.subject === 'partner')).toEqual([]);
    expect(facts.outstanding.filter((o) => o.subject === 'partner')).toEqual([]);
    expect(out.fhir).not.toContain('Partner or co-parent');
    // ... and every one of them is in the partner's own summary.
    expect(out.partner).toMatch(new RegExp(`^${code} .*\\(partner\\): recommended`, 'm'));
    expect(out.partner).toContain('[partner] Whooley');
  });

  it('[H06-h] the one exception: a partner flag that puts the baby at risk, and only its routes, with "shared for safety" (S27)', () => {
    const contact = keepSeparate(plentyForThePartner, {
      'red-flags.partner-check': 'present-or-unsure',
      'red-flags.harm-baby-thoughts': 'yes',
      'red-flags.harm-self-thoughts': 'no',
      'red-flags.imminent-danger': 'no',
    });
    const evaluation = evaluateForRecord(pathway, contact);
    const view = summaryView(contact, evaluation);
    expect(view.flags.filter((f) => f.subject === 'partner').map((f) => [f.ruleId, f.sharedForSafety])).toEqual([['IR-DISCLOSED-HARM-TO-BABY', true]]);
    for (const outcome of view.outcomes.filter((o) => o.subject === 'partner')) {
      expect(outcome.reasons.map((r) => r.ruleId)).toEqual(['IR-DISCLOSED-HARM-TO-BABY']);
    }
    const facts = handoverFactsFrom(contact, evaluation);
    expect(facts.flags.filter((f) => f.subject === 'partner').map((f) => f.ruleId)).toEqual(['IR-DISCLOSED-HARM-TO-BABY']);
    expect(facts.screening.filter((f) => f.subject === 'partner')).toEqual([]);
  });

  it('[H34-c] the partner withdraws consent after a positive item 10: the flag and the answer given are in the partner’s own summary, which is offered; the family summary points to it', () => {
    const contact = buildContact({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: { partner: { 'partner.consent-screening': 'no', 'epds.1': 'not-at-all', 'epds.10': 'yes-quite-often' } },
    });
    const evaluation = evaluateForRecord(pathway, contact);
    expect(partnerSummaryStatus(contact, evaluation)).toBe('separate');
    const partner = partnerSummaryText({ contact, evaluation, options });
    expect(partner).toContain(
      '[E2] A self-harm answer given earlier in this contact is now hidden by a later change: act on it as given (partner). Answer given earlier, now hidden by a later change: [partner] EPDS item 10 (thoughts of self-harm): Yes, quite often (3).',
    );
    const family = summaryText({ contact, evaluation, options });
    expect(family).toContain("the partner's own answers, and anything flagged from them, are in the separate partner summary");
    expect(family).toContain(PARTNER_ELSEWHERE);
  });

  it('[H30-a] does not read a consent answer given under an older pathway version as consent to share: the question is due again and the partner’s own answers stay out of every family output', () => {
    // Pathway 2026.1 asked "Yes" / "No" and then a separate consent-to-share question; 2026.2 asks
    // both in one question with other option ids. An old "Yes" is not a 2026.2 answer.
    const partnerAnswers = (consent: string) =>
      buildContact({
        contactType: 'hv-6-8-weeks',
        presence: { partner: true },
        answers: { partner: { 'partner.consent-screening': consent, 'partner.consent-share': 'yes', 'whooley.1': 'yes', 'whooley.2': 'no' } },
      });
    const partnerInFamilyOutputs = (contact: Contact) => {
      const evaluation = evaluateForRecord(pathway, contact);
      return {
        evaluation,
        summary: /\[partner\] Whooley/.test(summaryText({ contact, evaluation, options })),
        handover: handoverFactsFrom(contact, evaluation).screening.some((fact) => fact.subject === 'partner'),
        fhir: JSON.stringify(questionnaireResponses(contact, evaluation)).includes('Partner or co-parent'),
      };
    };
    // With today's "Yes, and it can go in that record" they are in all three.
    expect(partnerInFamilyOutputs(partnerAnswers('yes-share'))).toMatchObject({ summary: true, handover: true, fhir: true });

    const old = { ...partnerAnswers('yes'), pathwayVersion: '2026.1.0-draft' };
    const { evaluation, ...found } = partnerInFamilyOutputs(old);
    expect(found).toEqual({ summary: false, handover: false, fhir: false });
    const consent = evaluation.sections.flatMap((s) => s.items).find((i) => i.key === 'partner/partner.consent-screening');
    expect(consent?.requirement).toBe('due');
    expect(consent?.state.status).toBe('unanswered');
    expect(summaryText({ contact: old, evaluation, options })).toContain('Note: the answers were given with pathway 2026.1.0-draft;');
  });

  it('[H19-b] her account of the partner is labelled as her report', () => {
    const input = scenarioInputs.find((s) => s.scenario.id.startsWith('04'));
    if (!input) throw new Error('scenario 04 missing');
    const text = summaryText({ contact: input.contact, evaluation: input.evaluation, options });
    expect(text).toMatch(/\[her report about the partner\] How she thinks the partner has been feeling: Some/);
  });
});

describe('other safety lines', () => {
  it('[H21-b] says when the answers were given with another pathway version (H21)', () => {
    const input = scenarioInputs[0]!;
    const contact = { ...input.contact, pathwayVersion: '2025.9.0' };
    const text = summaryText({ contact, evaluation: evaluateForRecord(pathway, contact), options });
    expect(text).toContain(`Note: the answers were given with pathway 2025.9.0; this summary applies pathway ${PATHWAY_VERSION}.`);
  });
});
