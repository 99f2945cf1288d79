import type * as z from 'zod/mini';

// Turns what Zod and JSON.parse report into field-level errors a trust's IT lead can act on:
// the path in the document ("services[2].phone") and what is wrong, in plain words.

export type ConfigFieldError = {
  /** Path in the document, e.g. `services[2].phone`; empty for the document as a whole. */
  path: string;
  message: string;
};

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** How a path reads in a sentence: "services[2].phone", or "the file" for the root. */
export function describePath(path: string): string {
  return path === '' ? 'the file' : path;
}

function describeValueType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isInteger(value) ? 'a whole number' : 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list in square brackets [ ]',
  object: 'an object in curly brackets { }',
};

/**
 * Wording for issues whose schema has no message of its own (a schema's own message, such as a
 * bound with its reason, always wins in Zod 4).
 */
const plainWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'int' && typeof issue.input === 'number') return 'must be a whole number';
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      return `must be ${expected} (found ${describeValueType(issue.input)})`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${String(issue.minimum)}`;
      if (issue.origin === 'string') return `must be at least ${String(issue.minimum)} characters`;
      return `must be ${String(issue.minimum)} or more`;
    case 'too_big':
      if (issue.origin === 'array') return `must list ${String(issue.maximum)} or fewer`;
      if (issue.origin === 'string') return `must be ${String(issue.maximum)} characters or fewer`;
      return `must be ${String(issue.maximum)} or less`;
    case 'unrecognized_keys':
      return 'is not a recognised field';
    default:
      return undefined;
  }
};

/** Validates with plain-word messages; never throws. */
export function safeParseWithPlainWords<S extends z.ZodMiniType>(schema: S, data: unknown) {
  return schema.safeParse(data, { error: plainWords });
}

/** A schema's definition, read by its kind (Zod Mini schemas carry no `instanceof`-friendly classes of classic Zod). */
type Def = z.core.$ZodTypeDef;
const isWrapper = (def: Def): def is z.core.$ZodOptionalDef | z.core.$ZodDefaultDef => def.type === 'optional' || def.type === 'default';
const isObject = (def: Def): def is z.core.$ZodObjectDef => def.type === 'object';
const isArray = (def: Def): def is z.core.$ZodArrayDef => def.type === 'array';

/** The keys an object schema accepts at a path, for "did you mean" hints. */
function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.core.$ZodType | undefined = schema;
  for (const key of [...path, undefined]) {
    // Unwrap optional/default wrappers until an object or array appears.
    for (let guard = 0; node && guard < 10; guard++) {
      const def: Def = node._zod.def;
      if (isWrapper(def)) node = def.innerType;
      else break;
    }
    if (key === undefined || !node) break;
    const def: Def = node._zod.def;
    if (isObject(def) && typeof key === 'string') node = def.shape[key];
    else if (isArray(def) && typeof key === 'number') node = def.element;
    else return [];
  }
  return node && isObject(node._zod.def) ? Object.keys(node._zod.def.shape) : [];
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

function suggestion(key: string, known: readonly string[]): string {
  const lower = key.toLowerCase();
  const best = known
    .map((candidate) => {
      const other = candidate.toLowerCase();
      // A shortened or lengthened name ("epdsPossible") is as likely a slip as a misspelling.
      const distance = other === lower || (lower.length >= 4 && (other.startsWith(lower) || lower.startsWith(other))) ? 0 : editDistance(lower, other);
      return { candidate, distance };
    })
    .sort((x, y) => x.distance - y.distance)[0];
  return best && best.distance <= Math.max(2, Math.floor(key.length / 4)) ? ` (did you mean "${best.candidate}"?)` : '';
}

export const MAX_REPORTED_ERRORS = 50;

/** One field-level error per problem, in document order, with unknown keys listed one by one. */
export function fieldErrorsFrom(error: z.core.$ZodError, schema: z.core.$ZodType): ConfigFieldError[] {
  const errors: ConfigFieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        errors.push({
          path: formatPath([...issue.path, key]),
          message: `is not a recognised field${suggestion(key, known)}; check the spelling or remove it`,
        });
      }
    } else {
      errors.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  const seen = new Set<string>();
  const distinct = errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (distinct.length <= MAX_REPORTED_ERRORS) return distinct;
  return [
    ...distinct.slice(0, MAX_REPORTED_ERRORS),
    { path: '', message: `has ${distinct.length - MAX_REPORTED_ERRORS} more problems; fix these first` },
  ];
}

// ---------------------------------------------------------------------------------------------
// JSON syntax errors. Browsers word JSON.parse errors differently and Chrome often gives no
// position, so when parsing fails a small scanner finds where and says what was expected.

export type JsonSyntaxProblem = { offset: number; line: number; column: number; message: string };

class SyntaxStop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const MAX_DEPTH = 200;

function scan(text: string): void {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new SyntaxStop(at, reason);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const describeHere = () => (i >= text.length ? 'the end of the file' : `"${text[i]}"`);

  const string = () => {
    const start = i;
    i++; // opening quote
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else fail('has an invalid escape after "\\" (use \\" \\\\ \\n or \\uXXXX)');
      } else if (c < ' ') {
        fail(c === '\n' ? 'has a line break inside text; close the quotes or use \\n' : 'has a control character inside text');
      } else {
        i++;
      }
    }
    fail('has text with no closing double quote', start);
  };

  const number = () => {
    const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i));
    if (!match || match[0] === '-' || match[0] === '') fail(`expected a value but found ${describeHere()}`);
    i += (match as RegExpExecArray)[0].length;
  };

  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail(`is nested more than ${MAX_DEPTH} levels deep`);
    skipSpace();
    const c = text[i];
    if (c === '{') return object(depth);
    if (c === '[') return array(depth);
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (c === "'") fail('uses single quotes; JSON needs double quotes');
    fail(`expected a value but found ${describeHere()}`);
  };

  const object = (depth: number) => {
    i++; // {
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] === '}') fail('has a comma before "}"; remove the last comma');
      if (text[i] !== '"') fail(`expected a field name in double quotes but found ${describeHere()}`);
      string();
      skipSpace();
      if (text[i] !== ':') fail(`expected ":" after the field name but found ${describeHere()}`);
      i++;
      value(depth + 1);
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`expected "," or "}" but found ${describeHere()}`);
    }
  };

  const array = (depth: number) => {
    i++; // [
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] === ']') fail('has a comma before "]"; remove the last comma');
      value(depth + 1);
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`expected "," or "]" but found ${describeHere()}`);
    }
  };

  skipSpace();
  if (i >= text.length) fail('is empty');
  value(0);
  skipSpace();
  if (i < text.length) fail(`has more text after the end of the configuration: ${describeHere()}`);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column };
}

/** Where and why `text` is not JSON; undefined when it is. Never throws. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  try {
    scan(text);
    return undefined;
  } catch (e) {
    if (!(e instanceof SyntaxStop)) return { offset: 0, line: 1, column: 1, message: 'could not be read as JSON' };
    return { offset: e.offset, ...lineAndColumn(text, e.offset), message: e.reason };
  }
}
