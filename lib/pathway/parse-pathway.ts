import { pathwaySchema, type Pathway } from './schema';

/** Validates a pathway definition (schema only; cross-reference checks live in the meta-tests). */
export function parsePathway(input: unknown): Pathway {
  return pathwaySchema.parse(input);
}
