import type { Token } from 'moo';

/**
 * A superscript reads as `^` and a number: x² is x ^ 2, x⁻¹ is x ^ - 1, so the grammar needs no rules of its
 * own for it (one Earley state fewer after every factor). The tokens keep the superscript's place for messages.
 */
const DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

const piece = (from: Token, type: string, text: string, offset: number): Token => ({
  type, value: text, text, offset, lineBreaks: 0, line: from.line, col: from.col + (offset - from.offset),
});

/** The tokens a superscript stands for. Example: the token `⁻¹` gives '^', '-', '1'. */
export function superscriptTokens(tok: Token): Token[] {
  const out = [piece(tok, 'pow', '', tok.offset)];
  let at = tok.offset;
  let digits = '';
  for (const ch of tok.text) {
    if (ch === '⁻') out.push(piece(tok, 'minus', '-', at));
    else if (ch === '⁺') out.push(piece(tok, 'plus', '+', at));
    else digits += String(DIGITS.indexOf(ch));
    if (digits === '') at += ch.length;
  }
  out.push(piece(tok, 'number', digits, at));
  return out;
}
