import type { Subject } from '../contact/contact';
import type { OptionView } from './evaluation';
import type { Instrument, InstrumentId, ItemGroup, Pathway, Question } from './schema';

// Lookup tables for one pathway definition, built once per definition object and cached (the
// definition is frozen, so the cache can never go stale). Pure: no evaluation state lives here.

export interface IndexedQuestion {
  question: Question;
  group: ItemGroup;
  instrument?: Instrument;
  /** Subjects asked this question (question.subjects or the group's). */
  subjects: readonly Subject[];
  /** The options as the UI sees them, built once and frozen (shared by every evaluation). */
  optionViews: readonly OptionView[];
}

export interface PathwayIndex {
  groups: ReadonlyMap<string, ItemGroup>;
  questions: ReadonlyMap<string, IndexedQuestion>;
  instruments: ReadonlyMap<InstrumentId, Instrument>;
  /** The group that asks each instrument. */
  instrumentGroups: ReadonlyMap<InstrumentId, ItemGroup>;
  /** Questions of each group, in order. */
  groupQuestions: ReadonlyMap<string, readonly Question[]>;
}

const cache = new WeakMap<Pathway, PathwayIndex>();

export function indexPathway(pathway: Pathway): PathwayIndex {
  const cached = cache.get(pathway);
  if (cached) return cached;
  const groups = new Map<string, ItemGroup>();
  const questions = new Map<string, IndexedQuestion>();
  const instruments = new Map<InstrumentId, Instrument>();
  const instrumentGroups = new Map<InstrumentId, ItemGroup>();
  const groupQuestions = new Map<string, readonly Question[]>();
  for (const instrument of pathway.instruments) instruments.set(instrument.id, instrument);
  for (const group of pathway.groups) {
    groups.set(group.id, group);
    let list: readonly Question[] = [];
    let instrument: Instrument | undefined;
    if (group.kind === 'instrument') {
      instrument = instruments.get(group.instrument);
      if (instrument) {
        list = instrument.items;
        instrumentGroups.set(group.instrument, group);
      }
    } else {
      list = group.questions;
    }
    groupQuestions.set(group.id, list);
    for (const question of list) {
      questions.set(question.id, {
        question,
        group,
        ...(instrument ? { instrument } : {}),
        subjects: question.subjects ?? group.subjects,
        optionViews: Object.freeze(
          question.options.map((o) =>
            Object.freeze(o.score !== undefined ? { id: o.id, label: o.label, score: o.score } : { id: o.id, label: o.label }),
          ),
        ),
      });
    }
  }
  const index: PathwayIndex = { groups, questions, instruments, instrumentGroups, groupQuestions };
  cache.set(pathway, index);
  return index;
}
