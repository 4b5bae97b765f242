/**
 * Tasks timed item by item: `simplify`, `diff` (first derivative) and `diff-order` (k-th derivative).
 * The time includes parsing the item's text, as a user calling the library would; printing the answer
 * is not timed (it is done once afterwards, for the length and the numeric judge).
 */
import type { Engine } from '../engines/engine.js';
import { measure } from '../lib/measure.js';
import { emit, errorText } from './emit.js';

export interface PerItem { readonly text: string; readonly order?: number }

export function runPerItem(task: string, engine: Engine, items: readonly PerItem[], start: number): void {
  const op = task === 'simplify' ? engine.simplify : engine.diff;
  warmUp(task, engine, items[start]);
  for (let i = start; i < items.length; i++) {
    const { text, order = 1 } = items[i] as PerItem;
    try {
      if (!op) throw new Error('not available');
      const call = task === 'simplify' ? () => engine.simplify!(text) : () => engine.diff!(text, 'x', order);
      // Slow answers (higher derivatives) are timed once: repeating a 10-second derivative helps nobody.
      const { result, timing } = measure(call, task === 'diff-order' ? { singleMs: 50 } : {});
      emit({ i, us: timing.us, out: engine.show(result) });
    } catch (e) {
      emit({ i, err: errorText(e) });
    }
    engine.reset?.();
  }
}

/**
 * One untimed call on the first item before any timing: the first call of an engine pays for loading and
 * compiling its own code (hundreds of ms for some), which belongs to no item. Slow items are timed once,
 * so without this the first of them would carry the engine's start-up.
 */
function warmUp(task: string, engine: Engine, first: PerItem | undefined): void {
  if (!first) return;
  try {
    if (task === 'simplify') engine.simplify?.(first.text);
    else engine.diff?.(first.text, 'x', 1);
  } catch { /* the item's own row reports its error */ }
  engine.reset?.();
}
