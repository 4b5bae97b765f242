/**
 * An LALR(1) table builder for a nearley grammar, run at build time by scripts/lrTable.ts.
 *
 * Why: nearley's Earley parser pays for every state it predicts; a table-driven LR parser pays one table lookup
 * per action. The table is computed from the very rules nearley runs, so the LR parser calls the same
 * postprocessors on the same data and builds the same trees.
 *
 * Terminals are token types. A grammar terminal may match several types (a token class such as %sign is
 * `plus` or `minus`); the automaton moves on each type, so overlapping classes (%sign, %prefix) stay exact.
 * A cell where two actions meet is a conflict: it is reported (state, lookahead, the items) and left to the
 * caller, never settled by picking a side.
 */

/** A symbol of a rule: a nonterminal's name, or the token types a terminal matches (with its name for messages). */
export type LrTerminal = { readonly tokens: readonly string[]; readonly label: string };
export type LrSymbol = { readonly nonterminal: string } | LrTerminal;
export type LrRule = { readonly name: string; readonly symbols: readonly LrSymbol[] };

/** The end of the input, as a lookahead. */
export const END = '$';

export type LrAction = { readonly kind: 'shift'; readonly state: number } | { readonly kind: 'reduce'; readonly rule: number } | { readonly kind: 'accept' };

/** Two or more actions in one cell, with the items that ask for them (`Base → %number •`). */
export type LrConflict = { readonly state: number; readonly lookahead: string; readonly actions: readonly string[] };

export type LalrTable = {
  /** Per state: the action on each lookahead token type; conflict cells are absent here and listed in `conflicts`. */
  readonly actions: readonly ReadonlyMap<string, LrAction>[];
  /** Per state: the state after each nonterminal. */
  readonly gotos: readonly ReadonlyMap<string, number>[];
  readonly conflicts: readonly LrConflict[];
  /** The indices of the rules reachable from the start symbol. */
  readonly rules: readonly number[];
};

export type CompiledSymbol = string | { type?: string; members?: readonly string[]; literal?: unknown };
export type CompiledRule = { name: string; symbols: CompiledSymbol[] };

/** A compiled nearley symbol as the builder sees it; only token-type terminals are supported (no literals). */
function lrSymbol(s: CompiledSymbol, rule: string): LrSymbol {
  if (typeof s === 'string') return { nonterminal: s };
  if (s.members) return { tokens: s.members, label: `%${s.type}` };
  if (typeof s.type === 'string') return { tokens: [s.type], label: `%${s.type}` };
  throw new Error(`${rule}: only token-type terminals are supported by the LR table, got ${JSON.stringify(s)}`);
}

/** The rules of a compiled nearley grammar (token classes carry `members`). Example: lrRules(grammar.ParserRules). */
export function lrRules(parserRules: readonly CompiledRule[]): LrRule[] {
  return parserRules.map((r) => ({ name: r.name, symbols: r.symbols.map((s) => lrSymbol(s, r.name)) }));
}

const isTerminal = (s: LrSymbol): s is LrTerminal => 'tokens' in s;

/** Items are (rule, dot) packed into one number; rule `augmented` is `S' → start`. */
const DOT = 256;

/** The grammar as the construction reads it: rules by name, FIRST sets, items and their closures. */
class ItemGrammar {
  readonly augmented: number;
  readonly all: readonly LrRule[];
  readonly byName = new Map<string, number[]>();
  private readonly nullable: Set<string>;
  private readonly first: Map<string, Set<string>>;

  constructor(rules: readonly LrRule[], start: string) {
    this.augmented = rules.length;
    this.all = [...rules, { name: "S'", symbols: [{ nonterminal: start }] }];
    for (const r of reachable(rules, start)) this.byName.set(rules[r]!.name, [...(this.byName.get(rules[r]!.name) ?? []), r]);
    for (const r of this.all) if (r.symbols.length >= DOT) throw new Error(`rule ${r.name} is too long`);
    ({ nullable: this.nullable, first: this.first } = firstSets(this.all, this.byName));
  }

  /** The symbol after the dot, if any. */
  next(item: number): LrSymbol | undefined {
    return this.all[Math.floor(item / DOT)]!.symbols[item % DOT];
  }

  describe(item: number): string {
    return itemText(this.all[Math.floor(item / DOT)]!, item % DOT);
  }

  /** FIRST of the rest of a rule after position `dot`, and whether that rest can be empty. */
  private firstOfRest(rule: number, dot: number): { set: Set<string>; empty: boolean } {
    const set = new Set<string>();
    for (const s of this.all[rule]!.symbols.slice(dot)) {
      if (isTerminal(s)) {
        for (const t of s.tokens) set.add(t);
        return { set, empty: false };
      }
      for (const t of this.first.get(s.nonterminal) ?? []) set.add(t);
      if (!this.nullable.has(s.nonterminal)) return { set, empty: false };
    }
    return { set, empty: true };
  }

  /** The closure of a kernel with lookaheads (LR(1) closure over one LR(0) state). */
  closure(kernel: ReadonlyMap<number, ReadonlySet<string>>): Map<number, Set<string>> {
    const items = new Map<number, Set<string>>([...kernel].map(([i, la]) => [i, new Set(la)]));
    const work = [...items.keys()];
    while (work.length) {
      const item = work.pop()!;
      const sym = this.next(item);
      if (!sym || isTerminal(sym)) continue;
      const rest = this.firstOfRest(Math.floor(item / DOT), (item % DOT) + 1);
      const la = new Set(rest.set);
      if (rest.empty) for (const t of items.get(item)!) la.add(t);
      for (const r of this.byName.get(sym.nonterminal) ?? []) {
        const target = r * DOT;
        let set = items.get(target);
        const before = set?.size ?? -1;
        if (!set) items.set(target, (set = new Set()));
        for (const t of la) set.add(t);
        if (set.size !== before) work.push(target);
      }
    }
    return items;
  }
}

/** The edge keys an item moves along: `T<type>` for each token type of a terminal, `N<name>` for a nonterminal. */
const edgeKeys = (sym: LrSymbol): string[] => (isTerminal(sym) ? sym.tokens.map((t) => `T${t}`) : [`N${sym.nonterminal}`]);

/** LR(0) states (sorted kernels) and their edges, numbered in the order found (deterministic: symbols in item order). */
function lr0(g: ItemGrammar): { kernels: number[][]; edges: Map<string, number>[] } {
  const kernels: number[][] = [[g.augmented * DOT]];
  const index = new Map<string, number>([[String(g.augmented * DOT), 0]]);
  const edges: Map<string, number>[] = [];
  for (let s = 0; s < kernels.length; s++) {
    const moves = new Map<string, number[]>();
    for (const item of g.closure(new Map(kernels[s]!.map((i) => [i, new Set<string>()]))).keys()) {
      const sym = g.next(item);
      if (sym) for (const key of edgeKeys(sym)) moves.set(key, [...(moves.get(key) ?? []), item + 1]);
    }
    const out = new Map<string, number>();
    for (const [key, advanced] of moves) {
      const kernel = [...new Set(advanced)].sort((a, b) => a - b);
      const id = kernel.join(',');
      if (!index.has(id)) index.set(id, kernels.push(kernel) - 1);
      out.set(key, index.get(id)!);
    }
    edges.push(out);
  }
  return { kernels, edges };
}

/** Lookaheads of every kernel item, propagated along the edges until nothing changes. */
function lookaheads(g: ItemGrammar, kernels: readonly number[][], edges: readonly Map<string, number>[]): Map<number, Set<string>>[] {
  const la = kernels.map((k) => new Map(k.map((i) => [i, new Set<string>()])));
  la[0]!.get(g.augmented * DOT)!.add(END);
  for (let changed = true; changed; ) {
    changed = false;
    for (let s = 0; s < kernels.length; s++) {
      for (const [item, set] of g.closure(la[s]!)) {
        const sym = g.next(item);
        if (!sym) continue;
        for (const key of edgeKeys(sym)) {
          const target = la[edges[s]!.get(key)!]!.get(item + 1)!;
          const size = target.size;
          for (const t of set) target.add(t);
          if (target.size !== size) changed = true;
        }
      }
    }
  }
  return la;
}

/**
 * The LALR(1) automaton of `rules` from `start`: LR(0) states, then lookaheads propagated to a fixed point.
 * Example: buildLalr([{ name: 'E', symbols: [{ tokens: ['x'], label: '%x' }] }], 'E').conflicts is [].
 */
export function buildLalr(rules: readonly LrRule[], start: string): LalrTable {
  const g = new ItemGrammar(rules, start);
  const { kernels, edges } = lr0(g);
  const la = lookaheads(g, kernels, edges);
  const actions: Map<string, LrAction>[] = [];
  const gotos: Map<string, number>[] = [];
  const conflicts: LrConflict[] = [];
  for (let s = 0; s < kernels.length; s++) {
    const cells = new Map<string, { action: LrAction; why: string }[]>();
    const add = (t: string, action: LrAction, why: string) => {
      const list = cells.get(t) ?? [];
      if (!list.some((c) => sameAction(c.action, action))) list.push({ action, why });
      cells.set(t, list);
    };
    for (const [item, set] of g.closure(la[s]!)) {
      const sym = g.next(item);
      const rule = Math.floor(item / DOT);
      if (sym && isTerminal(sym)) for (const t of sym.tokens) add(t, { kind: 'shift', state: edges[s]!.get(`T${t}`)! }, `shift: ${g.describe(item)}`);
      if (!sym) for (const t of set) add(t, rule === g.augmented ? { kind: 'accept' } : { kind: 'reduce', rule }, `reduce: ${g.describe(item)}`);
    }
    const row = new Map<string, LrAction>();
    for (const [t, list] of [...cells].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (list.length === 1) row.set(t, list[0]!.action);
      else conflicts.push({ state: s, lookahead: t, actions: list.map((c) => c.why) });
    }
    actions.push(row);
    gotos.push(new Map([...edges[s]!].filter(([k]) => k.startsWith('N')).map(([k, v]) => [k.slice(1), v])));
  }
  return { actions, gotos, conflicts, rules: [...g.byName.values()].flat().sort((a, b) => a - b) };
}

const sameAction = (a: LrAction, b: LrAction): boolean =>
  a.kind === b.kind && (a.kind !== 'shift' || a.state === (b as { state: number }).state) && (a.kind !== 'reduce' || a.rule === (b as { rule: number }).rule);

/** `Base → %number • %bar AbsTower`: a rule with its dot, as conflict reports show it. */
export function itemText(rule: LrRule, dot: number): string {
  const names = rule.symbols.map((s) => (isTerminal(s) ? s.label : s.nonterminal));
  names.splice(dot, 0, '•');
  return `${rule.name} → ${names.join(' ')}`;
}

/** The rules whose names can be reached from `start`. */
function reachable(rules: readonly LrRule[], start: string): number[] {
  const seen = new Set([start]);
  const work = [start];
  while (work.length) {
    const name = work.pop()!;
    for (const r of rules) {
      if (r.name !== name) continue;
      for (const s of r.symbols) if (!isTerminal(s) && !seen.has(s.nonterminal)) seen.add(s.nonterminal), work.push(s.nonterminal);
    }
  }
  return rules.flatMap((r, i) => (seen.has(r.name) ? [i] : []));
}

/** Which nonterminals derive the empty string, and the token types each can start with. */
function firstSets(all: readonly LrRule[], byName: ReadonlyMap<string, readonly number[]>): { nullable: Set<string>; first: Map<string, Set<string>> } {
  const nullable = new Set<string>();
  const first = new Map<string, Set<string>>([...byName.keys()].map((n) => [n, new Set<string>()]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, rs] of byName) {
      const set = first.get(name)!;
      const size = set.size;
      for (const r of rs) {
        let empty = true;
        for (const s of all[r]!.symbols) {
          if (isTerminal(s)) {
            for (const t of s.tokens) set.add(t);
            empty = false;
            break;
          }
          for (const t of first.get(s.nonterminal) ?? []) set.add(t);
          if (!nullable.has(s.nonterminal)) {
            empty = false;
            break;
          }
        }
        if (empty && !nullable.has(name)) nullable.add(name), (changed = true);
      }
      if (set.size !== size) changed = true;
    }
  }
  return { nullable, first };
}
