/**
 * Algebrite (a CAS in CoffeeScript). It answers every command with text through `run`; an error is
 * text too ("Stop: ..."), which is turned back into an exception so the suites count it as one.
 */
import Algebrite from 'algebrite';
import type { Engine } from './engine.js';

function run(cmd: string): string {
  const out = Algebrite.run(cmd);
  if (/^Stop:/.test(out) || out.includes(' ? ')) throw new Error(out.split('\n').at(-1) ?? out);
  return out;
}

export function load(): Engine {
  return {
    name: 'Algebrite',
    show: String,
    simplify: (t) => run(`simplify(${t})`),
    diff: (t, x, order) => run(order === 1 ? `d(${t},${x})` : `d(${t},${x},${order})`),
    reset: () => { Algebrite.run('clearall'); },
  };
}
