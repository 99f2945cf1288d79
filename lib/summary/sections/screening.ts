import type { BandView, CountedAnswer, InstrumentResult } from '../../pathway/evaluation';
import { instrumentItemLabel, notAskedReasonLabel, questionLabel, riskItemLabel, sourceTag, sourceTagShort } from '../../output/labels';
import { line, type SummaryLine } from '../summary-line';
import type { SummaryView } from '../../output/summary-view';
import { stateText, stateShort, noteOf, withNote } from './section';

// A questionnaire's result and its item-level risk answers (tier 0), and notes on its other items.

const bandShort: Record<string, string> = {
  'below-threshold': 'below threshold',
  'possible-depression': 'possible',
  'probable-depression': 'probable',
  'below-partner-threshold': 'below partner threshold',
  'at-or-above-partner-threshold': 'at/above partner threshold',
  'none-minimal': 'none/minimal',
  'moderately-severe': 'mod. severe',
  negative: 'negative',
  positive: 'positive',
};

/** "Probable depression (13 or more)" — the range is added unless the label already has one. */
export function bandText(band: BandView, maxTotal: number): { full: string; short: string } {
  const range = band.from === 0 ? `${band.to} or less` : band.to >= maxTotal ? `${band.from} or more` : `${band.from}-${band.to}`;
  const rangeShort = band.from === 0 ? `<=${band.to}` : band.to >= maxTotal ? `>=${band.from}` : `${band.from}-${band.to}`;
  const full = /\d/.test(band.label) ? band.label : `${band.label} (${range})`;
  return { full, short: `${rangeShort} ${bandShort[band.id] ?? band.label.toLowerCase().replace(/\s*\(.*\)\s*/g, '')}` };
}

function instrumentTitle(result: InstrumentResult): string {
  return `${result.name} (recall: ${result.recallWindow.text})`;
}

/** The instrument's result and its item-level risk answers: tier 0, never left out. */
export function instrumentLines(view: SummaryView, result: InstrumentResult): SummaryLine[] {
  if (result.status === 'not-started') return [];
  const tag = sourceTag('self', result.subject);
  const tagShort = sourceTagShort('self', result.subject);
  const lines: SummaryLine[] = [];
  const answersOf = view.answers.filter((a) => a.instrumentId === result.instrumentId && a.subject === result.subject);

  if (result.instrumentId === 'whooley') {
    const qs = answersOf
      .filter((a) => a.questionId === 'whooley.1' || a.questionId === 'whooley.2' || a.questionId === 'whooley.help')
      .map((a) => ({ full: `${questionLabel[a.questionId]?.full ?? a.text}: ${stateText(a)}`, short: `${questionLabel[a.questionId]?.short ?? a.questionId} ${stateShort(a)}` }));
    const status =
      result.status === 'complete' && result.band
        ? { full: result.band.label, short: result.positive ? 'positive' : 'negative' }
        : result.status === 'declined'
          ? { full: 'declined (not a score)', short: 'declined' }
          : result.positive
            ? { full: 'positive (Yes to a question; the other not answered)', short: 'positive (incomplete)' }
            : { full: 'incomplete, not scored', short: 'incomplete' };
    lines.push({
      ...line(
        `${tag} ${instrumentTitle(result)}: ${status.full}${qs.length ? `. ${qs.map((q) => q.full).join('; ')}` : ''}`,
        `${tagShort} Whooley: ${status.short}${qs.length ? ` (${qs.map((q) => q.short).join(', ')})` : ''}`,
        0,
      ),
      headline: 'result',
    });
    return [...lines, ...instrumentNoteLines(view, answersOf, result, new Set())];
  }

  let full: string;
  let short: string;
  if (result.status === 'complete' && result.total !== null && result.band) {
    const band = bandText(result.band, result.maxTotal);
    full = `${result.total} of ${result.maxTotal} - ${band.full}`;
    short = `${result.total}/${result.maxTotal} (${band.short})`;
  } else if (result.status === 'declined') {
    full = 'declined (not a score)';
    short = 'declined, no score';
  } else {
    full = `incomplete, not scored (${result.answeredCount} of ${result.itemCount} items answered)`;
    short = `incomplete ${result.answeredCount}/${result.itemCount} items, no score`;
    if (result.positiveOnAnsweredItems || result.bandAtLeast) {
      const atLeast = result.bandAtLeast ? ` (at least "${result.bandAtLeast.label}")` : '';
      full += `; the items answered alone already reach the threshold${atLeast}`;
      short += result.bandAtLeast ? `, already >=${result.bandAtLeast.from}` : ', already positive';
    }
  }
  lines.push({ ...line(`${tag} ${instrumentTitle(result)}: ${full}`, `${tagShort} ${result.shortName} ${short}`, 0), headline: 'result' });

  for (const risk of result.itemRisk) {
    const label = riskItemLabel[risk.questionId] ?? { full: instrumentItemLabel(risk.questionId, result.shortName), short: instrumentItemLabel(risk.questionId, result.shortName) };
    const missing = result.missing.find((m) => m.key === risk.key);
    let value: string;
    let valueShort: string;
    if (risk.status === 'positive') {
      value = `${risk.optionLabel ?? ''} (${risk.score ?? '?'}) - above 0: acted on whatever the total`;
      valueShort = `${risk.optionLabel ?? ''} (${risk.score ?? '?'}) ABOVE 0`;
    } else if (risk.status === 'negative') {
      value = `${risk.optionLabel ?? ''} (${risk.score ?? 0})`;
      valueShort = value;
    } else if (missing?.status === 'declined') {
      value = 'declined - self-harm risk not known from this item';
      valueShort = 'DECLINED, risk not known';
    } else if (missing?.status === 'not-asked') {
      value = `not asked (${missing.reason ? notAskedReasonLabel[missing.reason] : 'no reason'}) - self-harm risk not known from this item`;
      valueShort = 'NOT ASKED, risk not known';
    } else {
      value = 'not answered - self-harm risk not known from this item';
      valueShort = 'NOT ANSWERED, risk not known';
    }
    // The headline writes it beside its instrument's result (H82) unless it carries a note (then the
    // note stays with it in the section, out of the headline).
    const riskLine = withNote(line(`${label.full}: ${value}`, `${label.short}: ${valueShort}`, 0, 1), noteOf(view, risk.key));
    lines.push(riskLine.noted ? riskLine : { ...riskLine, headline: 'result' });
  }
  return [...lines, ...instrumentNoteLines(view, answersOf, result, new Set(result.itemRisk.map((r) => r.key)))];
}

/** Notes on an instrument's other items, each under the instrument with the item it belongs to. */
function instrumentNoteLines(view: SummaryView, answers: readonly CountedAnswer[], result: InstrumentResult, done: ReadonlySet<string>): SummaryLine[] {
  return answers.flatMap((a) => {
    const note = noteOf(view, a.key);
    if (!note || done.has(a.key)) return [];
    const label = questionLabel[a.questionId]?.full ?? instrumentItemLabel(a.questionId, result.shortName);
    return [{ ...line(`${label}: ${stateText(a)} (note: ${note})`, `${label}: ${stateShort(a)} (note: ${note})`, 2, 1), noted: true as const }];
  });
}
