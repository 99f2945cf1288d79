import type { Contact, PractitionerRole, Subject } from '../contact/contact';
import type { Evaluation } from '../pathway/evaluation';
import { pathway } from '../pathway/pathway';
import type { InstrumentId, Pathway } from '../pathway/schema';
import { fromMinuteTime } from '../shared/minute-time';
import { storyHistoryOf } from '../contact/story-history';

// The trend on screen (issue 14): for each parent and instrument, the complete scores over time
// from the story so far, then today's, with date and role. Pure data for the chart and its table;
// a series is shown only when there is an earlier score to compare with.

export interface TrendPoint {
  /** ISO time. */
  at: string;
  total: number;
  maxTotal: number;
  role: PractitionerRole;
  bandLabel: string | null;
  today: boolean;
}

export interface TrendSeries {
  subject: Subject;
  instrumentId: InstrumentId;
  name: string;
  points: TrendPoint[];
}

export function trendSeries(contact: Contact, evaluation: Evaluation, definition: Pathway = pathway): TrendSeries[] {
  if (!contact.storySoFar) return [];
  const started = Date.parse(contact.startedAt);
  const story = storyHistoryOf(contact.storySoFar.facts).scores.filter((s) => Date.parse(fromMinuteTime(s.at)) <= started);
  const keys = [...new Set(story.map((s) => `${s.subject}|${s.instrumentId}`))];
  return keys.map((key) => {
    const [subject, instrumentId] = key.split('|') as [Subject, InstrumentId];
    const instrument = definition.instruments.find((i) => i.id === instrumentId);
    const bands = (subject === 'partner' ? instrument?.bands.partner : undefined) ?? instrument?.bands.default ?? [];
    const points: TrendPoint[] = story
      .filter((s) => s.subject === subject && s.instrumentId === instrumentId)
      .map((s) => ({ at: fromMinuteTime(s.at), total: s.total, maxTotal: s.maxTotal, role: s.role, bandLabel: bands.find((b) => b.id === s.bandId)?.label ?? null, today: false }));
    const today = evaluation.instruments.find((r) => r.subject === subject && r.instrumentId === instrumentId && r.status === 'complete' && r.total !== null);
    if (today && today.total !== null) {
      points.push({ at: contact.startedAt, total: today.total, maxTotal: today.maxTotal, role: contact.role, bandLabel: today.band?.label ?? null, today: true });
    }
    return { subject, instrumentId, name: instrument?.shortName ?? instrumentId, points };
  });
}
