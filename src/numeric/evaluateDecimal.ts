import { Decimal } from 'decimal.js';
import type { Expr } from '../ast/expr.js';
import { FluxionError } from '../errors.js';
import { numericCallProblem } from './lower.js';
import { primitiveFor } from './primitives.js';
import { type Scope, type ScopeValue, lookup } from './scope.js';
import { memoFold } from '../ast/memoFold.js';
import { oddRootExponent, oddRootSign } from './realRoot.js';

/** Largest number of significant digits `evaluate` accepts (decimal.js keeps π and ln 10 to about 1,000 digits, and the escalation needs room above). */
export const MAX_DIGITS = 300;
const MAX_WORKING = 900;

/**
 * The value of a tree to `digits` significant digits, as decimal text. The tree is evaluated at a working
 * precision with guard digits and again at a higher one; the answer is given only when both agree to the digits
 * asked, otherwise precision is raised (catastrophic cancellation shows up exactly this way). If they never agree
 * (a value that is 0 but not exactly, like sin(π), or cancellation beyond 900 digits), a FluxionError says so
 * rather than printing noise. Division by zero, log(0), sqrt(−1) and other values outside a function's domain are
 * FluxionErrors naming the operation.
 * Example: evaluateDecimal(parse('pi'), {}, 30) === '3.14159265358979323846264338328'.
 */
export function evaluateDecimal(e: Expr, scope: Scope, digits: number): string {
  if (!Number.isInteger(digits) || digits < 1 || digits > MAX_DIGITS) {
    throw new FluxionError(`evaluate: digits must be a whole number from 1 to ${MAX_DIGITS}, not ${digits}`);
  }
  let previous: Decimal | undefined;
  for (let working = digits + 10; ; working *= 2) {
    const precision = Math.min(working, MAX_WORKING);
    let current: Decimal;
    try {
      current = evaluateAt(e, scope, precision);
    } catch (error) {
      if (error instanceof FluxionError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      if (!previous) throw new FluxionError(`evaluate: decimal.js cannot evaluate this at ${precision} digits (${reason})`);
      // decimal.js ran out of room (it knows π to 1,025 digits) while we were raising the precision.
      throw new FluxionError(
        `evaluate: cannot confirm ${digits} digits: the value changes with the working precision and decimal.js reached ` +
          `its limit (${reason}); last estimate ${previous.toSignificantDigits(6).toString()}`,
      );
    }
    if (previous && agree(previous, current, digits)) return show(current.toSignificantDigits(digits, Decimal.ROUND_HALF_EVEN), digits);
    if (precision === MAX_WORKING) {
      throw new FluxionError(
        `evaluate: cannot confirm ${digits} digits: the value changes with the working precision up to ${MAX_WORKING} digits ` +
          `(it is 0 but not exactly, like sin(pi), or it cancels catastrophically); last estimate ${current.toSignificantDigits(6).toString()}`,
      );
    }
    previous = current;
  }
}

/** Plain notation while every digit shown is significant or a leading zero (2^100 → 1267650600228229401496703205376). */
function show(d: Decimal, digits: number): string {
  return d.e < Math.max(21, digits) && d.e > -7 ? d.toFixed() : d.toString();
}

function agree(a: Decimal, b: Decimal, digits: number): boolean {
  if (a.eq(b)) return true;
  if (b.isZero()) return false;
  return a.minus(b).abs().lte(b.abs().times(new Decimal(10).pow(-(digits + 2))));
}

function evaluateAt(e: Expr, scope: Scope, precision: number): Decimal {
  const D = Decimal.clone({ precision, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -7, toExpPos: 21 });
  const constants = new Map<string, () => Decimal>([
    ['pi', () => D.acos(-1)],
    ['e', () => D.exp(1)],
  ]);
  try {
    return memoFold<Decimal>(e, (node, kids) => {
      switch (node.kind) {
        case 'num':
          return new D(node.value.num.toString()).div(node.value.den.toString());
        case 'sym': {
          const v = lookup(scope, node.name);
          if (v !== undefined) return toDecimal(D, v, node.name);
          const c = constants.get(node.name);
          if (c) return c();
          if (node.name === 'oo' || node.name === 'undefined') {
            throw new FluxionError(`evaluate: ${node.name} has no finite value`);
          }
          throw new FluxionError(`evaluate: the variable ${JSON.stringify(node.name)} has no value in the scope`);
        }
        case 'neg':
          return kids[0]!.neg();
        case 'add':
          return kids.reduce((s, k) => s.plus(k));
        case 'mul':
          return kids.reduce((s, k) => s.times(k));
        case 'sub':
          return kids[0]!.minus(kids[1]!);
        case 'div':
          if (kids[1]!.isZero()) throw new FluxionError(`evaluate: division by zero (${kids[0]!.toSignificantDigits(6)} / 0)`);
          return kids[0]!.div(kids[1]!);
        case 'pow': {
          const odd = oddRootExponent(node.exp);
          if (!odd || !kids[0]!.isNegative()) return power(kids[0]!, kids[1]!);
          const magnitude = power(kids[0]!.neg(), kids[1]!);
          return oddRootSign(odd.p) < 0 ? magnitude.neg() : magnitude;
        }
        case 'call': {
          const row = primitiveFor(node.fn, kids.length);
          if (!row) throw new FluxionError(`evaluate: ${numericCallProblem(node.fn, kids.length)}`);
          const result = row.decimal(D, kids);
          if (!result.isFinite()) {
            const shown = kids.map((k) => k.toSignificantDigits(6).toString()).join(', ');
            throw new FluxionError(
              `evaluate: ${node.fn}(${shown}) ${result.isNaN() ? 'is not a real number (outside the domain of ' + node.fn + ')' : 'is infinite (a singularity of ' + node.fn + ')'}`,
            );
          }
          return result;
        }
      }
    });
  } catch (error) {
    if (error instanceof FluxionError) throw error;
    // decimal.js signals its own limits (precision, exponent range) with plain Errors; the caller words them.
    throw error instanceof Error ? error : new Error(String(error));
  }
}

function power(base: Decimal, exponent: Decimal): Decimal {
  const shown = () => `(${base.toSignificantDigits(6)})^(${exponent.toSignificantDigits(6)})`;
  if (base.isZero() && exponent.isNegative()) throw new FluxionError(`evaluate: division by zero in ${shown()}`);
  if (base.isNegative() && !exponent.isInteger()) {
    throw new FluxionError(`evaluate: ${shown()} is not a real number (a negative base to a non-integer power)`);
  }
  const result = base.pow(exponent);
  if (!result.isFinite()) throw new FluxionError(`evaluate: ${shown()} has no finite value`);
  return result;
}

function toDecimal(D: Decimal.Constructor, v: ScopeValue, name: string): Decimal {
  let d: Decimal;
  try {
    if (typeof v === 'bigint') d = new D(v.toString());
    else if (typeof v === 'number' || typeof v === 'string') d = new D(v);
    else d = new D(v.num.toString()).div(v.den.toString());
  } catch {
    throw new FluxionError(`evaluate: the value of ${JSON.stringify(name)} is not a number: ${JSON.stringify(String(v))}`);
  }
  if (!d.isFinite()) throw new FluxionError(`evaluate: the value of ${JSON.stringify(name)} is not a finite number`);
  return d;
}
