import type { Option } from '../schema';

// The 0-3 frequency options shared by GAD-2, PHQ-9 and GAD-7, with the LOINC answer codes of
// answer list LL358-3 (reference §1.3, §1.5, §5.2 ✅, S12).
export const frequencyOptions: Option[] = [
  { id: 'not-at-all', label: 'Not at all', score: 0, loinc: 'LA6568-5' },
  { id: 'several-days', label: 'Several days', score: 1, loinc: 'LA6569-3' },
  { id: 'more-than-half-the-days', label: 'More than half the days', score: 2, loinc: 'LA6570-1' },
  { id: 'nearly-every-day', label: 'Nearly every day', score: 3, loinc: 'LA6571-9' },
];
