import type { LocalSettingsNotice } from '../config/local-settings';
import type { OrganisationConfig } from '../config/schema';
import type { Contact } from '../contact/contact';
import { encodeHandoverBlock } from '../handover/handover-block';
import { handoverFactsFromView } from '../handover/handover-facts-from';
import type { Evaluation } from '../pathway/evaluation';
import { isPasteSafe, plainInline } from './plain-text';
import { familyRecordModel, partnerRecordModel, type SummaryModel } from './summary-model';
import { summaryView } from './summary-view';
import { wrapLine } from './wrap';

// The structured summary pasted into the record (issue 5). Deterministic: the same contact,
// evaluation and configuration always give the same text, on any machine (times are UK time from
// the contact's own timestamps; nothing reads the clock). Plain printable ASCII with '\n' line
// ends, wrapped to the organisation's line width without breaking inside a word, code or number.
//
// Section order (fixed): contact; already known (only when a story so far was loaded); birthing
// parent; partner or co-parent; baby and relationship; risk and red flags; outcome and referrals;
// consent to share; family's own words; plan and next contact; not asked, and why; then the
// handover block.

export interface SummaryOptions {
  /** Characters per line (organisation setting `summary.lineWidth`, 60-120). */
  lineWidth: number;
  /** Add the handover block at the end (default true). */
  includeHandover?: boolean;
}

export interface SummaryInput {
  contact: Contact;
  /** The record evaluation: `evaluateForRecord(pathway, contact, settings)`, never the screen's. */
  evaluation: Evaluation;
  /** The organisation's configuration: local service names for outcomes. Without it, no service names. */
  config?: OrganisationConfig;
  /** Local settings that differ from the national defaults, said in the contact section (H95). */
  localSettings?: LocalSettingsNotice | null;
  options: SummaryOptions;
}

const MIN_WIDTH = 40;

export function renderModel(model: SummaryModel, lineWidth: number): string[] {
  const width = Math.max(MIN_WIDTH, Math.floor(lineWidth));
  const out: string[] = [...wrapLine(model.title, width)];
  for (const text of model.preamble) out.push(...wrapLine(text, width, '', ''));
  for (const section of model.sections) {
    out.push('');
    out.push(...wrapLine(plainInline(section.title), width));
    for (const l of section.lines) {
      if (l.paragraph) out.push(...wrapLine(l.full, width, '', ''));
      else out.push(...wrapLine(l.full, width, l.depth === 1 ? '  ' : '', '  '));
    }
  }
  return out;
}

/** The summary for the family record (the birthing parent's record), with its handover block. */
export function summaryText(input: SummaryInput): string {
  const view = summaryView(input.contact, input.evaluation, 'family-record');
  const lines = renderModel(familyRecordModel({ view, ...(input.config ? { config: input.config } : {}), localSettings: input.localSettings ?? null }), input.options.lineWidth);
  if (input.options.includeHandover !== false) {
    lines.push('', encodeHandoverBlock(handoverFactsFromView(view), { lineWidth: Math.max(MIN_WIDTH, input.options.lineWidth) }));
  }
  return finish(lines);
}

/**
 * Whether to offer a separate partner summary: 'separate' when the partner gave answers of their
 * own that are kept out of the family record (no consent to share into it); 'optional' when they
 * consented (their answers are already in the family summary, but they may want their own copy);
 * 'none' when the partner gave no answers of their own (and no flag stands on one).
 */
export function partnerSummaryStatus(contact: Contact, evaluation: Evaluation): 'none' | 'separate' | 'optional' {
  const view = summaryView(contact, evaluation, 'family-record');
  if (!view.partnerHasOwnAnswers && !view.partnerHasOwnFlags) return 'none';
  return view.partnerWithheld ? 'separate' : 'optional';
}

/**
 * The partner's own answers, for the partner's own record: never the birthing parent's answers,
 * her account of the partner, the family's words, the plan or a handover block.
 */
export function partnerSummaryText(input: SummaryInput): string {
  const view = summaryView(input.contact, input.evaluation, 'partner-record');
  return finish(renderModel(partnerRecordModel({ view, ...(input.config ? { config: input.config } : {}) }), input.options.lineWidth));
}

function finish(lines: string[]): string {
  const text = `${lines.join('\n')}\n`;
  // Every piece went through plainInline; this guards the promise against a future slip.
  return isPasteSafe(text) ? text : text.replace(/[^\n\x20-\x7e]/g, '?');
}
