import type { Call, Expr } from './expr.js';
import { children } from './path.js';
import { num, withChildren } from './build.js';
import { fromNumber } from '../number/rational.js';
import { FluxionError } from '../errors.js';
import { format } from './print.js';
import { dependsOn } from './dependence.js';

export type Replacements = Readonly<Record<string, Expr | number>> | ReadonlyMap<string, Expr>;
type Env = ReadonlyMap<string, Expr>;

/**
 * How a reserved head uses the name in its second argument. A definite integral, a limit and a sum bind it: inside
 * their first argument it is a dummy, so a value for it must not go in there. A derivative and an antiderivative
 * do not bind it: D(f, x) is a function of x, and "D(f, x) at x = 2" means the derivative first, then 2 — a value
 * put into the variable slot would make D(f, 2), a wrong answer, so that is an error (renaming x to y is fine).
 */
function bindingOf(e: Call): 'binds' | 'free-variable' | undefined {
  switch (e.fn) {
    case 'Limit': case 'Sum': return 'binds';
    case 'Integral': return e.args.length === 4 ? 'binds' : 'free-variable';
    case 'D': return 'free-variable';
    default: return undefined;
  }
}

/** The replacements that apply inside the body of a binder: its own variable is a dummy there. */
function bodyEnv(binder: Call, env: Env): Env {
  const v = binder.args[1]!;
  if (v.kind !== 'sym') return env;
  for (const [name, value] of env) {
    // Putting a value that mentions the dummy under the binder would capture it (∫ y dx with y := x).
    if (name !== v.name && dependsOn(value, v.name) && dependsOn(binder.args[0]!, name)) {
      throw new FluxionError(`cannot put ${format(value)} for ${name} inside ${format(binder)}: ${v.name} is its own variable there (rename it first)`);
    }
  }
  if (!env.has(v.name)) return env;
  const inner = new Map(env);
  inner.delete(v.name);
  return inner;
}

function checkDerivativeVariable(e: Call, env: Env): void {
  const v = e.args[1]!;
  const value = v.kind === 'sym' ? env.get(v.name) : undefined;
  if (value && value.kind !== 'sym') {
    throw new FluxionError(`cannot put ${format(value)} for ${v.kind === 'sym' ? v.name : ''} into ${format(e)}: compute the derivative or antiderivative first, then substitute`);
  }
}

type Frame = { readonly node: Expr; readonly env: Env; entered: boolean };

/**
 * Replaces symbols by values everywhere (all at once, so x → y, y → x swaps). Numbers become exact rationals.
 * Nothing is simplified. A limit's, sum's or definite integral's own variable is left alone inside it; a value for
 * the variable of an unevaluated derivative is a clear error (compute the derivative first). Iterative, so deep
 * trees are fine. Example: substitute(parse('x^2 + y'), { x: 3 }) is 3^2 + y.
 */
export function substituteSymbols(e: Expr, replacements: Replacements): Expr {
  const map = new Map<string, Expr>();
  const entries = replacements instanceof Map ? [...replacements] : Object.entries(replacements);
  for (const [k, v] of entries) map.set(k, typeof v === 'number' ? num(fromNumber(v)) : (v as Expr));
  if (map.size === 0) return e;
  const done: Expr[] = [];
  const stack: Frame[] = [{ node: e, env: map, entered: false }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const { node, env } = frame;
    if (node.kind === 'sym') {
      stack.pop();
      done.push(env.get(node.name) ?? node);
      continue;
    }
    const kids = children(node);
    if (!frame.entered) {
      frame.entered = true;
      if (env.size === 0 || kids.length === 0) { stack.pop(); done.push(node); continue; }
      const binding = node.kind === 'call' ? bindingOf(node) : undefined;
      if (binding === 'free-variable') checkDerivativeVariable(node as Call, env);
      // A binder's body and its variable slot see the replacements without the bound name; its bounds see them all.
      const inner = binding === 'binds' ? bodyEnv(node as Call, env) : env;
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, env: i <= 1 ? inner : env, entered: false });
      continue;
    }
    stack.pop();
    const out = done.splice(done.length - kids.length, kids.length);
    done.push(out.every((k, i) => k === kids[i]) ? node : withChildren(node, out));
  }
  return done[0]!;
}
