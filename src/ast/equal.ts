import type { Expr } from './expr.js';
import { memoFold } from './memoFold.js';
import { nodeMemo } from './nodeMemo.js';

/**
 * Structural keys by interning: every distinct tree shape gets a small integer id, computed bottom-up and memoised
 * per node. Equal trees get equal ids, so equality is O(1) after the first use, and the compiler uses the ids for
 * common-subexpression elimination. (Ids are process-wide; the tables only grow.)
 *
 * The table is a trie keyed by numbers (a head code, then each child's id), not by signature strings: building and
 * hashing a string per new node was a fifth of the time of a derivative.
 */
/** Each node's id, kept on the node (see nodeMemo.ts). */
const ids = nodeMemo<number>();
let lastId = 0;

type Trie = { id: number; next: Map<number, Trie> | undefined };
const heads = new Map<number, Trie>();
const headCodes = new Map<string, number>();
const symbolIds = new Map<string, number>();
const smallIntegerIds = new Map<number, number>();
const numberIds = new Map<string, number>();

const headCode = (head: string): number => {
  let code = headCodes.get(head);
  if (code === undefined) headCodes.set(head, (code = headCodes.size));
  return code;
};

function leafId(table: Map<string, number> | Map<number, number>, k: string | number): number {
  let id = (table as Map<string | number, number>).get(k);
  if (id === undefined) (table as Map<string | number, number>).set(k, (id = ++lastId));
  return id;
}

function step(map: Map<number, Trie>, k: number): Trie {
  let t = map.get(k);
  if (t === undefined) map.set(k, (t = { id: 0, next: undefined }));
  return t;
}

/** The id of an interior node with this head and these children's ids. */
function interiorId(head: number, kidIds: readonly number[]): number {
  let t = step(heads, head);
  for (const k of kidIds) t = step((t.next ??= new Map()), k);
  if (t.id === 0) t.id = ++lastId;
  return t.id;
}

const SMALL = 1n << 30n;

function intern(node: Expr, kidIds: readonly number[]): number {
  let id: number;
  switch (node.kind) {
    case 'num': {
      const { num: n, den } = node.value;
      id = den === 1n && n < SMALL && n > -SMALL ? leafId(smallIntegerIds, Number(n)) : leafId(numberIds, `${n}/${den}`);
      break;
    }
    case 'sym':
      id = leafId(symbolIds, node.name);
      break;
    case 'call':
      id = interiorId(headCode(`call ${node.fn}`), kidIds);
      break;
    default:
      id = interiorId(headCode(node.kind), kidIds);
  }
  return id;
}

/** The interned id of a tree: equal trees, equal ids. Example: key(parse('x+1')) === key(parse('x + 1')). */
export const key = (root: Expr): number => ids.get(root) ?? memoFold<number>(root, intern, ids);

/** Structural equality. Example: equals(parse('2x'), parse('2*x')) is true. */
export const equals = (a: Expr, b: Expr): boolean => a === b || key(a) === key(b);

/** A total order on trees by key, for deterministic sorting of commutative operands. */
export const compareKeys = (a: Expr, b: Expr): number => key(a) - key(b);
