/**
 * How src/generated/lrTable.ts writes LR actions as numbers (one small integer per table cell, so the parser's
 * inner loop reads a typed array): shift to state s is s + 1, reduce by rule r (its index in the compiled
 * nearley grammar's ParserRules) is -(r + 1), 0 is a syntax error. Two codes lie below every reduce:
 * accept, and "defer", a conflict cell the table leaves to nearley (see scripts/lalr.ts).
 */
export const LR_ERROR = 0;
export const LR_ACCEPT = -1_000_000;
export const LR_DEFER = -1_000_001;

/** Example: shiftCode(4) is 5. */
export const shiftCode = (state: number): number => state + 1;
/** Example: reduceCode(0) is -1. */
export const reduceCode = (rule: number): number => -(rule + 1);
