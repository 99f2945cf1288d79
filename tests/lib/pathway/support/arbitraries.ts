import fc from 'fast-check';
import {
  answerKey,
  contactSchema,
  contactTypeIdSchema,
  notAskedReasonSchema,
  type Answer,
  type Contact,
  type Presence,
  type Response,
  type Subject,
} from '../../../../lib/contact/contact';
import { buildContact, BUILDER_TIME } from '../../../../lib/pathway/contact-builder';
import { pathway } from '../../../../lib/pathway/pathway';
import { indexPathway } from '../../../../lib/pathway/pathway-index';
import { settingBounds, type PathwaySettings } from '../../../../lib/pathway/settings';

// fast-check arbitraries for any contact the contact schema allows (within the pathway's own
// questions, plus a few stray ones) and any settings within the documented bounds.

const index = indexPathway(pathway);
const slots: Array<{ subject: Subject; questionId: string; optionIds: string[] }> = [...index.questions.values()].flatMap(
  (entry) => entry.subjects.map((subject) => ({ subject, questionId: entry.question.id, optionIds: entry.question.options.map((o) => o.id) })),
);

const responseFor = (optionIds: string[]): fc.Arbitrary<Response> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...optionIds).map((optionId): Response => ({ kind: 'option', optionId })) },
    { weight: 1, arbitrary: fc.constant<Response>({ kind: 'declined' }) },
    { weight: 1, arbitrary: fc.constantFrom(...notAskedReasonSchema.options).map((reason): Response => ({ kind: 'not-asked', reason })) },
    { weight: 1, arbitrary: fc.constant<Response>({ kind: 'option', optionId: 'not-an-option' }) },
  );

const slotAnswer = fc
  .constantFrom(...slots)
  .chain((slot) => responseFor(slot.optionIds).map((response): Answer => ({ questionId: slot.questionId, subject: slot.subject, response, answeredAt: BUILDER_TIME })));

const strayAnswer = fc
  .record({ subject: fc.constantFrom<Subject>('birthing-parent', 'partner'), questionId: fc.constantFrom('unknown.question', 'epds.11') })
  .map((a): Answer => ({ ...a, response: { kind: 'option', optionId: 'yes' }, answeredAt: BUILDER_TIME }));

export const presenceArb: fc.Arbitrary<Presence> = fc.record({
  birthingParent: fc.boolean(),
  partner: fc.boolean(),
  otherAdults: fc.boolean(),
  familyInterpreter: fc.boolean(),
  professionalInterpreter: fc.boolean(),
  childrenAges: fc.array(fc.integer({ min: 0, max: 18 }), { maxLength: 3 }),
  olderChildPresent: fc.boolean(),
});

export const contactArb: fc.Arbitrary<Contact> = fc
  .record({
    contactType: fc.constantFrom(...contactTypeIdSchema.options),
    presence: presenceArb,
    answers: fc.array(fc.oneof({ weight: 20, arbitrary: slotAnswer }, { weight: 1, arbitrary: strayAnswer }), { maxLength: 60 }),
  })
  .map(({ contactType, presence, answers }) => {
    const contact = buildContact({ contactType, presence });
    const byKey: Contact['answers'] = {};
    for (const answer of answers) byKey[answerKey(answer.subject, answer.questionId)] = answer;
    return contactSchema.parse({ ...contact, answers: byKey });
  });

const bounded = (b: { min: number; max: number }) => fc.integer({ min: b.min, max: b.max });

export const settingsArb: fc.Arbitrary<PathwaySettings> = fc
  .record({
    epdsPossibleFrom: bounded(settingBounds.epdsPossibleFrom),
    epdsProbableFrom: bounded(settingBounds.epdsProbableFrom),
    partnerEpdsFrom: bounded(settingBounds.partnerEpdsFrom),
    childPresentFromAgeYears: bounded(settingBounds.childPresentFromAgeYears),
    whooleyGad2Contacts: fc.subarray([...contactTypeIdSchema.options]),
    helpQuestionEnabled: fc.boolean(),
    depressionMeasure: fc.constantFrom<'epds' | 'phq-9' | undefined>('epds', 'phq-9', undefined),
  })
  .filter((s) => s.epdsPossibleFrom <= s.epdsProbableFrom)
  .map(({ depressionMeasure, ...rest }) => (depressionMeasure ? { ...rest, depressionMeasure } : rest));
