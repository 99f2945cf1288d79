import { z } from 'zod';
import { babySituationSchema } from '../contact/id-schemas';
import { sourcesSchema } from '../pathway/schema';
import { OUTCOME_CODES } from '../shared/ids';

// The shape of the copies' words about keeping safe (lib/summary/copy-words.ts), validated by a
// meta-test (tests/lib/summary/copy-words.test.ts). Kept apart from the data so that the copies,
// which import only the data and its type, never load zod.

/** Sections of the pathway whose topic the family copy never lists in a situation. */
const topicSectionSchema = z.enum(['birthing-parent', 'context-and-history', 'baby-and-relationship']);

export const copyWordsSchema = z
  .object({
    /** The family copy's last line under "Help at any time of day or night" (after "- "). */
    familyDangerNow: z.string().min(1),
    /** Topics the family copy never lists (their questions are not asked in that situation). */
    familyTopicsLeftOut: z.array(topicSectionSchema),
    /** The safety-plan copy's heading for the plan's "keeping safe" field. */
    planKeepingSafeHeading: z.string().min(1),
    /** The safety-plan copy's line before the crisis routes. */
    planGetHelp: z.string().min(1),
    /** The safety-plan copy's last line. */
    planDangerNow: z.string().min(1),
    /** The record's heading for the plan's "keeping safe" field. */
    recordKeepingSafeHeading: z.string().min(1),
    /** The hint under that heading in the safety-plan form on screen (components/outcome/safety-plan-form.tsx). */
    formKeepingSafeHint: z.string().min(1),
    /** An agreed outcome's words in the family copy, where the outcome's own `familyWords` do not fit the situation. */
    outcomeFamilyWords: z.partialRecord(z.enum(OUTCOME_CODES), z.string().min(1)),
  })
  .strict();
export type CopyWords = z.infer<typeof copyWordsSchema>;

/** Words for one baby situation: an id, why, its sources, and the words it replaces. */
const copyWordsVariantSchema = z
  .object({
    id: z.string().regex(/^COPY(-[A-Z0-9]+)+$/),
    why: z.string().min(1),
    words: copyWordsSchema.partial().strict(),
    sources: sourcesSchema,
  })
  .strict();

export const copyWordsDataSchema = z
  .object({
    default: copyWordsSchema,
    bySituation: z.partialRecord(babySituationSchema, copyWordsVariantSchema),
  })
  .strict();
export type CopyWordsData = z.infer<typeof copyWordsDataSchema>;
