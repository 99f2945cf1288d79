// Word wrapping for the plain-text summary. Lines break only at spaces, never inside a token, so
// a code ("803351000000106"), a score ("14/30"), a rule id or a time is never split across lines
// where a reader (or a search in the record) would miss it. A token longer than the line is kept
// whole on its own line: overlong is better than broken.

/**
 * Wraps one logical line. `indent` starts the first line; continuation lines get `indent` plus
 * `hanging` so a wrapped item still reads as one item.
 */
export function wrapLine(text: string, width: number, indent = '', hanging = '  '): string[] {
  const words = text.split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return [indent.trimEnd()];
  const lines: string[] = [];
  let current = indent;
  let currentHasWord = false;
  const continuation = indent + hanging;
  for (const word of words) {
    if (!currentHasWord) {
      current += word;
      currentHasWord = true;
      continue;
    }
    if (current.length + 1 + word.length <= width) {
      current += ` ${word}`;
    } else {
      lines.push(current);
      current = continuation + word;
    }
  }
  lines.push(current);
  return lines;
}
