import type { Call, Expr } from '../ast/expr.js';
import { mul, sym, withChildren } from '../ast/build.js';
import { RESERVED_HEADS } from '../ast/operators.js';
import { children } from '../ast/path.js';
import { substituteSymbols } from '../ast/substituteSymbols.js';
import type { Rule } from '../rewrite/rule.js';
import type { Condition, Step } from '../trace/derivation.js';
import { dependsOn } from '../ast/dependence.js';
import { dOf, findHoles } from './derivativeHoles.js';
import { type DerivativeApplication, type DerivativeOptions, DerivativeNative } from './derivativeNative.js';

/** The variable the Chain Rule differentiates an outer function in. No text parses to it, so it never collides. */
export const CHAIN_VARIABLE = '#u';

/** Looks up a primitive's own derivative: the first rule that rewrites D(f(u), u) completely. */
export type LocalDerivative = (d: Call, options: DerivativeOptions) => (DerivativeApplication & { readonly rule: Rule }) | undefined;

const RESERVED = new Set(RESERVED_HEADS);
const DISPLAY_NAMES = ['u', 'v', 'w', 'z', 't', 's'];

/** A name for the inner function, as a teacher writes it: u, unless the expression already uses u. */
function displayName(node: Expr, x: string): string {
  const fits = (n: string) => n !== x && !dependsOn(node, n);
  return DISPLAY_NAMES.find(fits) ?? Array.from({ length: 1000 }, (_, i) => `u_${i + 1}`).find(fits) ?? 'u_0';
}

/** The outer derivative in terms of the inner function: #u replaced by `to`. */
const rename = (e: Expr, to: Expr): Expr => (hasBinder(e) ? substituteSymbols(e, new Map([[CHAIN_VARIABLE, to]])) : renameIn(e, to));

/**
 * Heads under which substituteSymbols does more than replace (their variable slots); a row's derivative never has
 * them, but if one did, substituteSymbols decides.
 */
const BINDERS = new Set(['D', 'Integral', 'Limit', 'Sum']);
const hasBinder = (e: Expr): boolean => (e.kind === 'call' && BINDERS.has(e.fn)) || children(e).some(hasBinder);

/** substituteSymbols for #u alone, on a row's (small) result: unchanged subtrees are kept, as it keeps them. */
function renameIn(e: Expr, to: Expr): Expr {
  if (e.kind === 'sym') return e.name === CHAIN_VARIABLE ? to : e;
  if (e.kind === 'num') return e;
  const kids = children(e);
  let out: Expr[] | undefined;
  for (let i = 0; i < kids.length; i++) {
    const k = renameIn(kids[i]!, to);
    if (k !== kids[i] && !out) out = kids.slice(0, i);
    out?.push(k);
  }
  return out ? withChildren(e, out) : e;
}
const renameAll = (cs: readonly Condition[] | undefined, to: Expr): Condition[] | undefined =>
  cs?.map((c) => ({ predicate: c.predicate, args: c.args.map((a) => rename(a, to)) }));

/**
 * The Chain Rule, written once: for D(f(u), x) with u = g(x) not x itself, it finds f's own derivative by asking the
 * rules for D(f(t), t) at a fresh variable t, and gives f'(u) · D(u, x). It covers every function and every power a^u
 * and e^u; a function with no row (a user's f) is left unevaluated by the caller, never guessed.
 * With `explain`, the step says "let u = g(x)" (binding u) and shows f's derivative in u as a substep.
 */
export function makeChainRule(local: LocalDerivative): DerivativeNative {
  return new DerivativeNative(
    'derivative.chain',
    'Chain Rule',
    (h) => h === 'pow' || (h.startsWith('call:') && !RESERVED.has(h.slice(5))),
    (node, x, options) => {
      if (node.kind !== 'pow' && (node.kind !== 'call' || RESERVED.has(node.fn))) return undefined;
      const kids = children(node);
      let index = -1;
      for (let i = 0; i < kids.length; i++) {
        if (!dependsOn(kids[i]!, x.name)) continue;
        if (index >= 0) return undefined; // two arguments vary: not a chain of one inner function
        index = i;
      }
      if (index < 0) return undefined;
      const inner = kids[index]!;
      if (inner.kind === 'sym' && inner.name === x.name) return undefined;
      const t = sym(CHAIN_VARIABLE);
      const outer = withChildren(node, kids.map((k, i) => (i === index ? t : k)));
      const found = local(dOf(outer, t), { assumeGeneric: options.assumeGeneric });
      if (!found || findHoles(found.after, new Set(kids)).length > 0) return undefined;
      const after = mul(rename(found.after, inner), dOf(inner, x));
      const assumed = renameAll(found.assumed, inner);
      if (!options.explain) return { after, bindings: new Map([['u', inner]]), ...(assumed?.length ? { assumed } : {}) };
      // Teaching form: keep u and x apart. f(u), f'(u) are written in u; the substep is the row applied at u.
      const u = sym(displayName(node, x.name));
      const fu = rename(outer, u);
      const dfu = rename(found.after, u);
      const substep: Step = {
        rule: found.rule.id,
        title: found.rule.title,
        path: [],
        before: dOf(fu, u),
        after: dfu,
        bindings: new Map([...found.bindings].map(([k, v]) => [k, Array.isArray(v) ? v.map((e: Expr) => rename(e, u)) : rename(v as Expr, u)])),
        ...(found.assumed?.length ? { assumed: renameAll(found.assumed, u)! } : {}),
      };
      const bindings = new Map<string, Expr>([['u', inner], ['u-name', u], ['f(u)', fu], ["f'(u)", dfu]]);
      return { after, bindings, substeps: [substep], ...(assumed?.length ? { assumed } : {}) };
    },
    [
      ['diff(sin(x^2), x)', 'cos(x^2) diff(x^2, x)'],
      ['diff(e^(3x), x)', 'e^(3x) diff(3x, x)'],
      ['diff(log(x^2 + 1, 10), x)', '(1/((x^2 + 1) log(10))) diff(x^2 + 1, x)'],
    ],
  );
}
