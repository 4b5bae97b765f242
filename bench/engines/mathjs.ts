/** math.js: `parse`, `simplify`, `derivative` (which simplifies its result) and `compile().evaluate`. */
import { compile, derivative, parse, simplify, type MathNode } from 'mathjs';
import type { Engine } from './engine.js';

export function load(): Engine {
  return {
    name: 'math.js',
    show: (r) => (r as MathNode).toString(),
    parse: (t) => parse(t),
    simplify: (t) => simplify(t),
    diff: (t, x, order) => {
      let n: MathNode = parse(t);
      for (let k = 0; k < order; k++) n = derivative(n, x);
      return n;
    },
    compile: (t) => {
      const code = compile(t);
      return { call: 'object', f: code.evaluate.bind(code) as (scope: Record<string, number>) => number };
    },
  };
}
