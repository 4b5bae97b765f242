import type { Token } from 'moo';

/**
 * Juxtaposition as a token. Between a token that can end a factor and one that can start a juxtaposed factor
 * the lexer inserts an invisible `jux` token (at the second token's place), so `2x` reads as `2 jux x`.
 *
 * Why: an Earley parser predicts every nonterminal that could come next. Without a marker, after every factor of
 * every expression it would predict a whole juxtaposed factor (atoms, calls, brackets, limits, ...) just in case;
 * with the marker it predicts one only where one is written. This roughly halves the states per token.
 *
 * A juxtaposed factor never starts with a number (`2 3` is an error, not 6) or a bar (`a|b|c|` would be
 * ambiguous), so no marker goes before those; a bar is followed by a marker whenever a factor could start after
 * it, and the grammar ignores a marker right after an opening bar. The number of `sin^2 x` is an exponent, so it
 * is not followed by one.
 */
const ENDS_FACTOR = new Set(['number', 'name', 'rparen', 'rbracket', 'bar', 'dvar']);
const STARTS_FACTOR = new Set(['name', 'fcall', 'fop', 'lparen', 'lbracket', 'sqrt', 'lim', 'integral']);

/** The tokens with `jux` markers inserted. Example: the tokens of `2x` become number, jux, name. */
export function insertJuxtapositions(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev && ENDS_FACTOR.has(prev.type!) && STARTS_FACTOR.has(tok.type!) && !isFunctionExponent(tokens, i - 1)) {
      out.push({ type: 'jux', value: '', text: '', offset: tok.offset, lineBreaks: 0, line: tok.line, col: tok.col });
    }
    out.push(tok);
  }
  return out;
}

/** Is token i the `2` of `sin^2 x` or `sin^2(x)`? */
function isFunctionExponent(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i - 2]?.type;
  return tokens[i]!.type === 'number' && tokens[i - 1]?.type === 'pow' && (head === 'fop' || head === 'fcall');
}
