import { describe, expect, it } from 'vitest';
import { indexPathway } from '../../../lib/pathway/pathway-index';
import { pathway } from '../../../lib/pathway/pathway';
import { HISTORY_QUESTIONS, questionLabel, riskItemLabel } from '../../../lib/output/labels';

// Issue 16: the summary's label tables are keyed by strings; each key must be a real question id of
// the pathway, or a renamed question would silently lose its label (and fall back to full wording).

const questionIds = new Set(indexPathway(pathway).questions.keys());

describe('summary labels are tied to real pathway ids', () => {
  it.each(Object.keys(questionLabel))('[H80-a] questionLabel key %s is a question id', (id) => {
    expect(questionIds.has(id)).toBe(true);
  });

  it.each(Object.keys(riskItemLabel))('[H80-a] riskItemLabel key %s is a question id', (id) => {
    expect(questionIds.has(id)).toBe(true);
  });

  it.each([...HISTORY_QUESTIONS])('[H80-a] history question %s is a question id', (id) => {
    expect(questionIds.has(id)).toBe(true);
  });
});
