/**
 * nerdamer with its Calculus and Algebra add-ons. nerdamer has no parse-only entry: `nerdamer(text)`
 * parses into its canonical form, which is what its `diff` and `buildFunction` start from.
 */
import nerdamer from 'nerdamer';
import 'nerdamer/Calculus.js';
import 'nerdamer/Algebra.js';
import type { Engine } from './engine.js';

export function load(): Engine {
  return {
    name: 'nerdamer',
    show: (r) => String(r),
    parse: (t) => nerdamer(t),
    simplify: (t) => nerdamer(`simplify(${t})`),
    diff: (t, x, order) => nerdamer.diff(t, x, order),
    compile: (t, vars) => ({ call: 'positional', f: nerdamer(t).buildFunction([...vars]) as (...xs: number[]) => number }),
    // nerdamer keeps every parsed expression in a global list; without this, memory grows during a suite.
    reset: () => { nerdamer.flush(); },
  };
}
