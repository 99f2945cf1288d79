import type { LocalSettingsNotice } from '../config/local-settings';
import type { OrganisationConfig } from '../config/schema';
import type { Contact } from '../contact/contact';
import { encodeHandoverBlock } from '../handover/handover-block';
import { handoverFactsFromView } from '../handover/handover-facts-from';
import type { Evaluation } from '../pathway/evaluation';
import { isPasteSafe, plainInline } from '../output/plain-text';
import { familyRecordModel, partnerRecordModel, type SectionId, type SummaryModel } from './summary-model';
import { isEssential, type SummaryLine } from './summary-line';
import { summaryView } from '../output/summary-view';
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

/** 'short' is the default (organisation setting `summary.defaultVersion`); 'detailed' has every answer. */
export type SummaryVersion = 'short' | 'detailed';

export interface SummaryOptions {
  /** Characters per line (organisation setting `summary.lineWidth`, 60-120). */
  lineWidth: number;
  /** Which version (issue 13); default 'detailed', today's depth. */
  version?: SummaryVersion;
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

/** One line as written, before wrapping. */
export interface DocumentLine {
  text: string;
  depth: 0 | 1;
  paragraph: boolean;
  /**
   * Where a one-line reason joined to this line starts (the short version's outcome lines): the
   * text renders it cut to fit the line, so an outcome and its reason stay one line (issue 13).
   */
  clipFrom?: number;
}

/** A version of the summary as headed sections (the screen shows these; the text is their rendering). */
export interface SummaryDocument {
  version: SummaryVersion;
  title: string;
  headline: string[];
  preamble: string[];
  sections: Array<{ id: SectionId; title: string; lines: DocumentLine[] }>;
  /** The model lines this version writes (the "nothing lost" property reads these, not the text). */
  kept: ReadonlySet<SummaryLine>;
}

const ONE_LINE_SECTIONS: ReadonlySet<SectionId> = new Set(['contact', 'consent', 'plan']);

/** The short version keeps a line when it is essential, of tier 0-1, carries a note, or is an outcome's reason. */
function inShort(l: SummaryLine): boolean {
  return isEssential(l) || l.tier <= 1 || l.noted === true || l.brief !== undefined || l.paragraph === true;
}

/**
 * The document of one version. 'detailed' is every line in full wording (today's depth); 'short'
 * writes the short wording, leaves out other answers (tier 2) unless they carry a note, and writes
 * "not asked" lines of one person and topic as one line. Essential lines (isEssential) are always kept.
 */
export function summaryDocument(model: SummaryModel, version: SummaryVersion): SummaryDocument {
  const kept = new Set<SummaryLine>();
  // The headline writes the lines marked for it (H82): the short version does not repeat them.
  const inHeadline = (l: SummaryLine) => model.headline.length > 0 && l.headline !== undefined;
  const sections = model.sections.map((section) => {
    const lines: DocumentLine[] = [];
    const groups = new Map<string, { line: DocumentLine; members: Set<string> }>();
    for (const l of section.lines) {
      if (version === 'detailed') {
        kept.add(l);
        lines.push({ text: l.full, depth: l.depth, paragraph: l.paragraph === true });
        continue;
      }
      if (!inShort(l)) continue;
      if (inHeadline(l)) {
        kept.add(l);
        continue;
      }
      const text = l.brief ?? l.short;
      if (text === '') continue;
      kept.add(l);
      // An outcome's reason is written on the outcome's own line (one line each).
      const above = lines[lines.length - 1];
      if (l.joinAbove && above) {
        above.clipFrom = above.text.length;
        above.text += ` - ${text}`;
        continue;
      }
      // Grouped lines keep each member's wording whole, so an essential line is still written in full;
      // a member worded like one already in the line is written once.
      if (l.group) {
        const existing = groups.get(l.group.key);
        if (existing) {
          if (!existing.members.has(text)) existing.line.text += `; ${text}`;
          existing.members.add(text);
        } else {
          const grouped: DocumentLine = { text: `${l.group.label}: ${text}`, depth: 0, paragraph: false };
          groups.set(l.group.key, { line: grouped, members: new Set([text]) });
          lines.push(grouped);
        }
        continue;
      }
      lines.push({ text, depth: l.depth, paragraph: l.paragraph === true });
    }
    // Short sections of a few facts read as one line each (the contact, consent, plan).
    if (version === 'short' && ONE_LINE_SECTIONS.has(section.id) && lines.length > 1) {
      return { id: section.id, title: plainInline(section.title), lines: [{ text: lines.map((l) => l.text).join('; '), depth: 0 as const, paragraph: false }] };
    }
    return { id: section.id, title: plainInline(section.title), lines };
  }).filter((section) => version === 'detailed' || section.lines.length > 0);
  const preamble = version === 'short' ? (model.preambleShort ?? model.preamble) : model.preamble;
  return {
    version,
    title: version === 'short' && model.headline.length ? `${model.title.replace(/\)$/, '')}, short version)` : model.title,
    headline: model.headline,
    preamble,
    sections,
    kept,
  };
}

export function renderDocument(doc: SummaryDocument, lineWidth: number): string[] {
  const width = Math.max(MIN_WIDTH, Math.floor(lineWidth));
  const out: string[] = [...wrapLine(doc.title, width)];
  for (const text of doc.headline) out.push(...wrapLine(text, width, '', '  '));
  for (const text of doc.preamble) out.push(...wrapLine(text, width, '', ''));
  for (const section of doc.sections) {
    out.push('');
    // The short version writes a section of one line on its title's line.
    const only = section.lines.length === 1 ? section.lines[0] : undefined;
    if (doc.version === 'short' && only && !only.paragraph && only.depth === 0) {
      const text = `${section.title}: ${only.text}`;
      out.push(...(only.clipFrom === undefined ? wrapLine(text, width, '', '  ') : wrapClipped(text, only.clipFrom + section.title.length + 2, width, '')));
      continue;
    }
    out.push(...wrapLine(section.title, width));
    for (const l of section.lines) {
      if (l.paragraph) out.push(...wrapLine(l.text, width, '', ''));
      else if (l.clipFrom !== undefined) out.push(...wrapClipped(l.text, l.clipFrom, width, l.depth === 1 ? '  ' : ''));
      else out.push(...wrapLine(l.text, width, l.depth === 1 ? '  ' : '', '  '));
    }
  }
  return out;
}

/** The fewest characters of a joined reason worth writing; with less room it goes on the next line whole. */
const MIN_REASON_CHARS = 6;

/**
 * A line whose end (from `clipFrom`: " - why: ...", an outcome's one-line reason, tier 2) is cut at a
 * word to fit the physical line the rest ends on. The part before it is never cut.
 */
function wrapClipped(text: string, clipFrom: number, width: number, indent: string): string[] {
  const head = wrapLine(text.slice(0, clipFrom), width, indent, '  ');
  const last = head[head.length - 1] ?? '';
  const tail = text.slice(clipFrom);
  const room = width - last.length;
  if (tail.length <= room) return [...head.slice(0, -1), `${last}${tail}`];
  const cut = tail.slice(0, Math.max(room - 3, 0));
  const atWord = (tail.charAt(cut.length) === ' ' ? cut : cut.slice(0, cut.lastIndexOf(' '))).replace(/[,;:(-]$/, '').trimEnd();
  // " - why: " and a few words at least, else the whole reason wraps as before.
  if (atWord.length < tail.indexOf(':') + 1 + MIN_REASON_CHARS) return wrapLine(text, width, indent, '  ');
  return [...head.slice(0, -1), `${last}${atWord}...`];
}

export function renderModel(model: SummaryModel, lineWidth: number, version: SummaryVersion = 'detailed'): string[] {
  return renderDocument(summaryDocument(model, version), lineWidth);
}

/** The family record's model (the birthing parent's record). */
export function familySummaryModel(input: Pick<SummaryInput, 'contact' | 'evaluation' | 'config' | 'localSettings'>): SummaryModel {
  const view = summaryView(input.contact, input.evaluation, 'family-record');
  return familyRecordModel({ view, ...(input.config ? { config: input.config } : {}), localSettings: input.localSettings ?? null });
}

/** The summary for the family record (the birthing parent's record), with its handover block. */
export function summaryText(input: SummaryInput): string {
  const view = summaryView(input.contact, input.evaluation, 'family-record');
  const lines = renderModel(familyRecordModel({ view, ...(input.config ? { config: input.config } : {}), localSettings: input.localSettings ?? null }), input.options.lineWidth, input.options.version ?? 'detailed');
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
  return finish(renderModel(partnerRecordModel({ view, ...(input.config ? { config: input.config } : {}), localSettings: input.localSettings ?? null }), input.options.lineWidth));
}

function finish(lines: string[]): string {
  const text = `${lines.join('\n')}\n`;
  // Every piece went through plainInline; this guards the promise against a future slip.
  return isPasteSafe(text) ? text : text.replace(/[^\n\x20-\x7e]/g, '?');
}
