import type { Token } from 'moo';

/**
 * Token classes: one grammar symbol that matches several token types. A rule such as `Expr -> Expr %sign Signed`
 * is one Earley state where `%plus` and `%minus` alternatives would be two, at every place the grammar predicts
 * it. The postprocessor looks at the token's own type. `type` names the class in "expected ..." messages.
 * nearleyc compiles `%sign` to `{type: 'sign'}`; `withTokenClasses` swaps in the matchers when the grammar loads.
 */
export type TokenClass = {
  readonly type: string;
  /** The token types it matches (the LR table builder, scripts/lrTable.ts, moves on each of them). */
  readonly members: readonly string[];
  readonly test: (token: Token) => boolean;
};

const tokenClass = (type: string, members: readonly string[]): TokenClass => {
  const set = new Set(members);
  return { type, members, test: (t) => set.has(t.type!) };
};

/** `+` or `-` (also `−`): binary in sums, unary in front of a term or an exponent. */
export const sign = tokenClass('sign', ['plus', 'minus']);
/** A sign or a derivative operator (`d/dx`, `∂/∂x`): what may stand in front of a signed term. */
export const prefix = tokenClass('prefix', ['plus', 'minus', 'deriv']);
/** `*` (also `·`, `×`, `⋅`) or `/` (also `÷`). */
export const mulop = tokenClass('mulop', ['times', 'divide']);

const CLASSES: ReadonlyMap<string, TokenClass> = new Map([sign, mulop, prefix].map((c) => [c.type, c]));

/** The compiled rules with token-class symbols replaced by their matchers. Example: withTokenClasses(compiled). */
export function withTokenClasses<R extends { symbols: unknown[] }>(rules: readonly R[]): R[] {
  return rules.map((r) => ({
    ...r,
    symbols: r.symbols.map((s) => (typeof s === 'object' && s !== null && 'type' in s && CLASSES.get(String(s.type))) || s),
  }));
}
