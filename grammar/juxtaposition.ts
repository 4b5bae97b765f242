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

/**
 * Does a juxtaposition marker go before `next`, given the three tokens before it (oldest first)?
 * Example: after the tokens of `2`, the token `x` is juxtaposed; after `sin ^ 2` it is not.
 */
export function juxtaposed(recent: readonly [Token | undefined, Token | undefined, Token | undefined], next: Token): boolean {
  const [head, op, prev] = recent;
  if (!prev || !ENDS_FACTOR.has(prev.type!) || !STARTS_FACTOR.has(next.type!)) return false;
  // The 2 of `sin^2 x` or `sin^2(x)` is an exponent of the function, not a factor.
  return !(prev.type === 'number' && op?.type === 'pow' && (head?.type === 'fop' || head?.type === 'fcall'));
}

/** The invisible marker, at the place of the token after it. */
export const juxtapositionMarker = (next: Token): Token => ({
  type: 'jux', value: '', text: '', offset: next.offset, lineBreaks: 0, line: next.line, col: next.col,
});
