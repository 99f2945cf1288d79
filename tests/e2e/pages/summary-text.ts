// Reading the summary text the way a reader of the record does: by its sections. The summary is
// plain text (lib/summary): a heading line in capitals, its lines, then a blank line; long lines
// wrap at spaces with continuation lines indented.

/** The text with wrapped lines joined again, so a sentence can be matched whole. */
export function unwrapped(text: string): string {
  return text.replace(/\n {2,}/g, ' ');
}

/** The headings of the summary's sections, in order ("CONTACT", "BIRTHING PARENT", …). */
export function sectionHeadings(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((block) => block.split('\n')[0] ?? '')
    .filter((line) => /^[A-Z][A-Z0-9 ,'()-]+$/.test(line));
}

/** One section's lines after its heading (unwrapped), or undefined when it is not there. */
export function section(text: string, heading: string): string | undefined {
  const block = text.split(/\n{2,}/).find((candidate) => candidate.split('\n')[0] === heading);
  return block === undefined ? undefined : unwrapped(block.split('\n').slice(1).join('\n'));
}

/** The handover block at the end, from its first line to PMHBEND. */
export function handoverBlock(text: string): string | undefined {
  const start = text.indexOf('PMH handover block');
  return start < 0 ? undefined : text.slice(start);
}
