import type { Expr } from './expr.js';
import type { Memo } from './memoFold.js';

/**
 * Memos that live on the nodes themselves: each node carries one hidden array of slots (under a private,
 * non-enumerable symbol), and each memo owns one slot index. This replaces WeakMaps, whose set and get cost more
 * than the facts they remembered (keys, "has a variable", sizes) and whose ephemeron tables slowed every
 * garbage collection. Non-enumerable keeps the slots out of spreads, JSON and deep equality, so trees stay plain
 * data. A node the caller froze cannot take the array; its facts go to a WeakMap of the memo instead.
 */
const SLOTS = Symbol('fluxion.memo');
type Slotted = { [SLOTS]?: unknown[] };

/** What a slot holds for a memoised `undefined` (an empty slot reads as undefined: not yet known). */
const UNDEFINED = Symbol('undefined');

/** Slot indices handed out so far; each memo takes one for the life of the process. */
let slotCount = 0;

/** Most slots a node may carry; memos asked for beyond it (many variable names, say) use WeakMaps. */
const MAX_SLOTS = 48;

function slotsOf(e: Expr): unknown[] | undefined {
  let slots = (e as Slotted)[SLOTS];
  if (slots === undefined && Object.isExtensible(e)) {
    slots = [];
    Object.defineProperty(e, SLOTS, { value: slots });
  }
  return slots;
}

/** A new memo keyed by node identity. Example: const m = nodeMemo<number>(); m.set(e, 3); m.get(e) is 3. */
export function nodeMemo<T>(): Memo<T> {
  if (slotCount >= MAX_SLOTS) return new WeakMap<Expr, T>();
  const index = slotCount++;
  const frozen = new WeakMap<Expr, unknown>();
  let anyFrozen = false;
  const raw = (e: Expr): unknown => {
    const slots = (e as Slotted)[SLOTS];
    return slots !== undefined ? slots[index] : anyFrozen ? frozen.get(e) : undefined;
  };
  return {
    has: (e: Expr): boolean => raw(e) !== undefined,
    get(e: Expr): T | undefined {
      const value = raw(e);
      return value === UNDEFINED ? undefined : (value as T | undefined);
    },
    set(e: Expr, value: T): void {
      const stored = value === undefined ? UNDEFINED : value;
      const slots = slotsOf(e);
      if (slots) slots[index] = stored;
      else {
        anyFrozen = true;
        frozen.set(e, stored);
      }
    },
  };
}
