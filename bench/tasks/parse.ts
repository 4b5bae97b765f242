/**
 * Parsing: `parse-throughput` parses a whole list of short expressions (median of several passes,
 * reported per expression); `parse-big` parses one huge input per item and prints it back, timing both.
 */
import type { Engine } from '../engines/engine.js';
import { measure, repeat } from '../lib/measure.js';
import { emit, errorText } from './emit.js';

export function runParseThroughput(engine: Engine, lists: readonly (readonly string[])[], start: number, reps: number): void {
  const parse = engine.parse;
  for (let i = start; i < lists.length; i++) {
    const list = lists[i] as readonly string[];
    if (!parse) { emit({ i, err: 'not available' }); continue; }
    let errors = 0;
    let firstError = '';
    const started = performance.now();
    for (const t of list) {
      try { parse(t); } catch (e) { errors++; firstError ||= `${errorText(e)} in ${t}`; }
    }
    engine.reset?.();
    // A slow parser gets fewer passes: about 20 s of timing per engine is plenty for a median.
    const passMs = performance.now() - started;
    const passes = Math.max(1, Math.min(reps, Math.floor(20_000 / Math.max(passMs, 1))));
    const us = repeat(() => {
      for (const t of list) { try { parse(t); } catch { /* counted above */ } }
      engine.reset?.();
    }, passes);
    emit({ i, us: us / list.length, data: { errors, firstError } });
  }
}

/**
 * The first call of a big parse pays for compiling the parser's code; each item is parsed a second time to warm
 * up and then twice more (median), unless one parse takes over 5 s. A print failure (say, a stack overflow in
 * the printer) is reported beside the parse time, not instead of it.
 */
export function runParseBig(engine: Engine, texts: readonly string[], start: number): void {
  const opts = { singleMs: 5000, warmMs: 0, batches: 2, batchMs: 0 };
  for (let i = start; i < texts.length; i++) {
    const text = texts[i] as string;
    try {
      if (!engine.parse) throw new Error('not available');
      const parse = engine.parse;
      const parsed = measure(() => parse(text), opts);
      let data: Record<string, number | string>;
      let out = '';
      try {
        const printed = measure(() => engine.show(parsed.result), opts);
        out = printed.result;
        data = { printUs: printed.timing.us, len: out.length };
      } catch (e) {
        data = { printErr: errorText(e) };
      }
      emit({ i, us: parsed.timing.us, out: out.length > 80 ? `${out.slice(0, 60)}…` : out, data });
    } catch (e) {
      emit({ i, err: errorText(e) });
    }
    engine.reset?.();
  }
}
