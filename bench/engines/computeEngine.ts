/**
 * Cortex Compute Engine. Its free `parse` reads LaTeX; `ce.parse(text, { strict: false })` reads the
 * plain syntax (`sin(x)`, `x^2`, `ln`), which is what the corpus is translated to. Derivatives are
 * `["D", f, x]` evaluated; compilation is the free `compile`, whose `run` takes a scope object.
 */
import { ComputeEngine, compile } from '@cortex-js/compute-engine';
import type { Engine } from './engine.js';

export function load(): Engine {
  const ce = new ComputeEngine();
  const parse = (t: string) => ce.parse(t, { strict: false });
  type Boxed = ReturnType<typeof parse>;
  return {
    name: 'Compute Engine',
    show: (r) => (r as Boxed).toString(),
    parse,
    simplify: (t) => parse(t).simplify(),
    diff: (t, x, order) => {
      let e: Boxed = parse(t);
      for (let k = 0; k < order; k++) e = ce.box(['D', e, x]).evaluate();
      return e;
    },
    compile: (t) => {
      const r = compile(parse(t));
      if (!r.success || !r.run) throw new Error(`compile failed: ${r.error ?? 'fell back to the interpreter'}`);
      // `calling` says whether `run` takes positional numbers (a lambda) or a scope object.
      if (r.calling === 'lambda') return { call: 'positional', f: r.run as (...xs: number[]) => number };
      return { call: 'object', f: r.run as (scope: Record<string, number>) => number };
    },
  };
}
