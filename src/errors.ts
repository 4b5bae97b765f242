/**
 * Problems are data: a code, a place and the message's ingredients. The text shown to a person (the line with a
 * caret under the place) is made from that data, apart from where the problem was found.
 */
export type ProblemCode =
  | 'bad-character'
  | 'unknown-function'
  | 'number-too-long'
  | 'number-too-large'
  | 'unexpected-token'
  | 'unexpected-end'
  | 'empty-input'
  | 'arity'
  | 'bad-variable'
  | 'bad-order'
  | 'bad-direction'
  | 'bad-definition'
  | 'missing-differential'
  | 'too-deep'
  | 'ambiguous'
  | 'rule-file';

export type Problem = {
  readonly code: ProblemCode;
  /** 1-based line and column (columns count code points, as a person sees them). */
  readonly line: number;
  readonly column: number;
  /** 0-based offset in UTF-16 code units. */
  readonly offset: number;
  /** What would have been accepted here, in words. */
  readonly expected: readonly string[];
  /** The full message: description, the source line and a caret under the place. */
  readonly message: string;
};

export type Result<T> = { ok: true; value: T } | { ok: false; problems: readonly Problem[] };

/** The base of every error fluxion throws on purpose. */
export class FluxionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FluxionError';
  }
}

/** Thrown by `parse`: one or more located problems. */
export class ParseError extends FluxionError {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'ParseError';
  }
}

/** Thrown when fluxion cannot do what was asked (an unsupported case, a budget exceeded), never a guess. */
export class UnsupportedError extends FluxionError {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedError';
  }
}

/**
 * The source line around `offset` with a caret under it:
 *     sin(x, y)
 *     ^
 * Long lines are windowed so the caret stays visible.
 */
export function caret(source: string, offset: number): { line: number; column: number; excerpt: string } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  let lineEnd = source.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = source.length;
  const text = source.slice(lineStart, lineEnd);
  const column = [...source.slice(lineStart, offset)].length + 1;
  const chars = [...text];
  const from = Math.max(0, column - 1 - 60);
  const shown = chars.slice(from, from + 100).join('').replace(/\t/g, ' ');
  const prefix = from > 0 ? '…' : '';
  const pad = ' '.repeat(prefix.length + column - 1 - from);
  return { line, column, excerpt: `    ${prefix}${shown}${from + 100 < chars.length ? '…' : ''}\n    ${pad}^` };
}

/** Builds a Problem with its message from the data. */
export function problemAt(source: string, offset: number, code: ProblemCode, description: string, expected: readonly string[] = []): Problem {
  const { line, column, excerpt } = caret(source, offset);
  const exp = expected.length ? `; expected ${expected.slice(0, 6).join(', ')}${expected.length > 6 ? ', ...' : ''}` : '';
  return { code, line, column, offset, expected, message: `line ${line}, column ${column}: ${description}${exp}\n${excerpt}` };
}
