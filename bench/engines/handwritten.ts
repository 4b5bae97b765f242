/** Hand-written JavaScript: the yardstick of the compile suite (`compile.txt` holds the source of each). */
import type { Engine } from './engine.js';

export function load(): Engine {
  return {
    name: 'hand-written JS',
    show: String,
    // `new Function` is how a JavaScript function written as data becomes code; it is exactly what a
    // programmer's `(x) => ...` compiles to.
    compile: (js, vars) => ({ call: 'positional', f: new Function(...vars, `return ${js};`) as (...xs: number[]) => number }),
  };
}
