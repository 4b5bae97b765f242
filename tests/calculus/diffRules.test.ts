import { describe, expect, it } from 'vitest';
import type { Expr } from '../../src/ast/expr.js';
import { call, num, sym } from '../../src/ast/build.js';
import { equals } from '../../src/ast/equal.js';
import { ELEMENTARY_FUNCTION_NAMES } from '../../src/ast/operators.js';
import { walk } from '../../src/ast/path.js';
import { format } from '../../src/ast/print.js';
import { isHole } from '../../src/rewrite/pattern.js';
import { PatternRule } from '../../src/rewrite/rule.js';
import { substitute } from '../../src/rewrite/substitute.js';
import { derivativeRules } from '../../src/calculus/derivativeRules.js';
import { derivativeRuleSet } from '../../src/calculus/differentiateSteps.js';
import { derivativeOf } from '../../src/calculus/differentiateTree.js';
import { agreesWithFiniteDifference, valueProblem } from './diff/checks.js';

const rules = derivativeRuleSet();
const x = sym('x');

describe('every derivative rule', () => {
  it('has an id under derivative., a title and at least one example', () => {
    for (const r of rules.rules) {
      expect(r.id, r.id).toMatch(/^derivative\.[a-z0-9-]+$/);
      expect(r.title.length, r.id).toBeGreaterThan(3);
      if (r.id !== 'derivative.repeat') expect(r.examples.length, r.id).toBeGreaterThan(0);
    }
  });

  it('gives exactly its examples', () => {
    for (const r of rules.rules) {
      for (const ex of r.examples) {
        const got = r.apply(ex.input);
        expect(got && format(got.after), `${r.id}: ${format(ex.input)}`).toBe(format(ex.output));
        expect(got && equals(got.after, ex.output), r.id).toBe(true);
      }
    }
  });

  it('has examples that are numerically true (derivatives in them taken by central differences)', () => {
    for (const r of rules.rules) {
      for (const ex of r.examples) {
        const problem = valueProblem(ex.input, ex.output, { tol: 1e-5 });
        // Stand-in examples (D(abs(pi), pi)) have no variable and nothing to evaluate; local rows are checked below.
        if (problem === 'no points where both sides are finite') continue;
        expect(problem, `${r.id}: ${format(ex.input)} => ${format(ex.output)}`).toBeUndefined();
      }
    }
  });
});

/** The local rows D(f(?t, ...), ?t) of the file, each instantiated at x (other holes at 3) and checked numerically. */
describe('local rows', () => {
  const local = derivativeRules().rules.filter(
    (r): r is PatternRule => r instanceof PatternRule && r.lhs.kind === 'call' && r.lhs.args[0]!.kind !== 'sym' && isHole(r.lhs.args[1]!) && r.lhs.args[0]!.kind !== 'add',
  );

  it.each(local.filter((r) => isLocalRow(r)).map((r) => [r.id, r] as const))('%s agrees with a central difference', (_id, r) => {
    const t = (r.lhs as Expr & { kind: 'call' }).args[1] as Expr & { kind: 'sym' };
    const bindings = new Map<string, Expr>();
    for (const { node } of walk(r.lhs)) if (isHole(node)) bindings.set(node.name, node.name === t.name ? x : num(3));
    const f = substitute((r.lhs as Expr & { kind: 'call' }).args[0]!, bindings);
    const got = r.apply(call('D', f, x), { assumeGeneric: true });
    expect(got, r.id).toBeDefined();
    const agreement = agreesWithFiniteDifference(f, 'x', got!.after);
    expect(agreement, `${r.id}: ${format(f)} -> ${format(got!.after)}`).toMatchObject({ ok: true });
  });

  it('one row per primitive: every argument-variable pair is the same hole (the Chain Rule does the rest)', () => {
    const rows = local.filter((r) => r.lhs.kind === 'call' && r.lhs.args[0]!.kind === 'call');
    const callRows = rows.filter((r) => !['derivative.log-change-of-base', 'derivative.sum-notation'].includes(r.id));
    for (const r of callRows) expect(isLocalRow(r), r.id).toBe(true);
    const heads = callRows.map((r) => ((r.lhs as Expr & { kind: 'call' }).args[0] as Expr & { kind: 'call' }).fn + '/' + ((r.lhs as Expr & { kind: 'call' }).args[0] as Expr & { kind: 'call' }).args.length);
    expect(new Set(heads).size).toBe(heads.length);
  });

  it('covers every elementary function, through the Chain Rule too', () => {
    for (const fn of ELEMENTARY_FUNCTION_NAMES) {
      const inner = call('sin', x);
      const f = fn === 'log' ? call(fn, inner, num(3)) : call(fn, inner);
      const d = derivativeOf(f, 'x');
      const unevaluated = [...walk(d)].some(({ node }) => node.kind === 'call' && node.fn === 'D');
      expect(unevaluated, `${fn}: ${format(d)}`).toBe(false);
    }
  });
});

function isLocalRow(r: PatternRule): boolean {
  if (r.lhs.kind !== 'call' || r.lhs.args.length !== 2) return false;
  const [f, v] = r.lhs.args as [Expr, Expr];
  if (!isHole(v)) return false;
  if (f.kind === 'call') return f.args[0]!.kind === 'sym' && (f.args[0] as Expr & { kind: 'sym' }).name === (v as Expr & { kind: 'sym' }).name;
  // a^t and e^t: the exponent is the variable.
  if (f.kind === 'pow') return f.exp.kind === 'sym' && f.exp.name === (v as Expr & { kind: 'sym' }).name;
  return false;
}
