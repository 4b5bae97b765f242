import type { Expr } from '../ast/expr.js';
import { equals, key } from '../ast/equal.js';
import { size, walk } from '../ast/path.js';
import { format } from '../ast/print.js';
import { parse } from '../parse/parse.js';
import { bitLength } from '../number/rational.js';
import { innermost, newNormalizeCache, type NormalizeCache } from '../rewrite/normalize.js';
import { attribute } from '../rewrite/native/attribute.js';
import { textbookForm, toTextbookForm } from '../rewrite/native/textbook.js';
import { toWorkingForm, workingForm } from '../rewrite/native/working.js';
import type { Rule, RuleOptions } from '../rewrite/rule.js';
import type { RuleSet } from '../rewrite/ruleset.js';
import type { Derivation, Step, StopReason } from '../trace/derivation.js';
import { mayImprove } from './candidateTriggers.js';
import { cancelCandidate, expandCandidate, factorCandidate, infinityRuleSet, mayExpand, sharedFraction, simplifyRuleSet } from './simplifyRules.js';

export type SimplifyOptions = {
  /** Apply identities whose conditions cannot be decided (exp(log(x)) → x), listing the assumptions in the steps. */
  readonly assumeGeneric?: boolean;
  /** Most rewrites in all; by default 10,000 plus 20 per node of the input. */
  readonly budget?: number;
  /**
   * Search cancel/expand/factor for a shorter form even where src/algebra/candidateTriggers.ts says it cannot win
   * (slower; the same answers on the corpora, which the tests check).
   */
  readonly exhaustive?: boolean;
};

/** Inputs above this many nodes get the normal form only (no expand/factor/cancel candidates): linear time. */
const CANDIDATE_SIZE_LIMIT = 250;
const MAX_CANDIDATE_ROUNDS = 4;

type Run = { result: Expr; steps: Step[]; stop: StopReason; budget: number };

const rootStep = (rule: Rule, before: Expr, after: Expr): Step => ({ rule: rule.id, title: rule.title, path: [], before, after, bindings: new Map() });

/**
 * Infinity and `undefined` follow other arithmetic (oo − oo is not 0, 0·oo is not 0), so where they occur only
 * regrouping, adding finite numbers and ordering apply; limits, which produce them, decide what they mean.
 */
const hasInfinity = attribute<boolean>((n, kids) => (n.kind === 'sym' ? n.name === 'oo' || n.name === 'undefined' : kids.some(Boolean)));

/** One simplify call's settings and its normaliser cache (shared by its pipelines, never by other calls). */
type Job = {
  readonly options: RuleOptions;
  readonly cache: NormalizeCache;
  /** The restricted rules where oo or undefined occurs; absent when the input has neither (no rule introduces them). */
  readonly rulesAt?: (n: Expr) => RuleSet | undefined;
};

/** Working form → normal form → textbook form, with the steps when recording; also the normal form itself. */
function pipeline(e: Expr, job: Job, budget: number, record: boolean): Run & { normal: Expr } {
  const steps: Step[] = [];
  const working = workingForm(e);
  if (record && !equals(working, e)) steps.push(rootStep(toWorkingForm, e, working));
  const normal = innermost(working, {
    rules: simplifyRuleSet(), budget, record, options: job.options, cache: job.cache, ...(job.rulesAt && { rulesAt: job.rulesAt }),
  });
  steps.push(...normal.steps);
  const text = textbookForm(normal.result);
  if (record && !equals(text, normal.result)) steps.push(rootStep(toTextbookForm, normal.result, text));
  return { result: text, normal: normal.result, steps, stop: normal.stop, budget: budget - normal.rewrites };
}

/** True when e is a polynomial in its variables (no calls, no quotients, only whole powers): its forms are canonical. */
function isPolynomial(e: Expr): boolean {
  for (const { node } of walk(e)) {
    if (node.kind === 'call' || node.kind === 'div') return false;
    if (node.kind === 'pow' && !(node.exp.kind === 'num' && node.exp.value.den === 1n && node.exp.value.num >= 0n)) return false;
    if (node.kind === 'sym' && (node.name === 'oo' || node.name === 'undefined')) return false;
  }
  return true;
}

/** How candidates compare: shorter first; on a tie, fewer quotients ((x + 1)/2 rather than x/2 + 1/2). */
const measure = (e: Expr): [number, number] => {
  const text = format(e).replace(/ /g, '');
  return [text.length - 2 * courseForms(text), text.split('/').length];
};

/**
 * How many times the text holds σ(u)(1 − σ(u)), the form in which a course writes σ′ (σ' = σ(1 − σ)). Each counts
 * 2 characters shorter, so it wins over σ(u) − σ(u)^2, which is one character shorter as text.
 * Example: courseForms('2sigmoid(x)(1-sigmoid(x))') is 1.
 */
function courseForms(text: string): number {
  const head = 'sigmoid(';
  let count = 0;
  for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) {
    let depth = 1;
    let j = i + head.length;
    for (; j < text.length && depth > 0; j++) depth += text[j] === '(' ? 1 : text[j] === ')' ? -1 : 0;
    if (text.startsWith(`(1-${text.slice(i, j)})`, j)) count++;
  }
  return count;
}
const shorter = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

type Choice = {
  readonly chain: readonly { rule: Rule; after: Expr }[];
  /** The pipeline run on the chain's end (its result is the candidate). */
  readonly run: Run;
  readonly length: readonly [number, number];
  readonly lowest: Expr;
};

/** Numbers beyond 64 bits (numerator or denominator). */
const hasHugeNumber = (e: Expr): boolean => {
  for (const { node } of walk(e)) if (node.kind === 'num' && (bitLength(node.value.num) > 64 || bitLength(node.value.den) > 64)) return true;
  return false;
};

/** Without a sum anywhere, a tree is a product of powers: its normal form already is its lowest-terms form. */
const hasSum = (e: Expr): boolean => {
  for (const { node } of walk(e)) if (node.kind === 'add' || node.kind === 'sub') return true;
  return false;
};

/**
 * The candidates for the shortest form of a textbook-form tree t: cancel(t) = c (lowest terms, one denominator),
 * then expand(c) and factor(c), each brought to textbook form. They depend only on the rational function t stands
 * for, so two forms of the same polynomial end at the same tree. t itself competes when it is not a polynomial
 * (x^2 + x/(x + 1), sin(x) + 1/x...), where it may be shorter than anything the polynomial view gives.
 */
function bestCandidate(t: Expr, job: Job, budget: number, lowest?: Expr): Choice | undefined {
  const fraction = sharedFraction(t);
  const c = fraction.cancelled ?? t;
  // The same lowest-terms form as the round before: the same candidates, so t (chosen from them) is the answer.
  if (lowest && equals(c, lowest)) return undefined;
  // In order of preference on a tie: expanded, lowest terms as is, factored.
  const viaC = c === t ? [] : [{ rule: cancelCandidate as Rule, after: c }];
  const via = (rule: Rule, after: Expr | undefined) => (after ? [[...viaC, { rule, after }]] : []);
  // Factoring looks for rational roots among the divisors of the coefficients: hopeless, and slow, for huge ones.
  const chains = [...via(expandCandidate, mayExpand(c) ? expandCandidate.apply(c)?.after : undefined), viaC, ...(hasHugeNumber(c) ? [] : via(factorCandidate, fraction.factored(c)))];
  let best: Choice | undefined;
  // A candidate already tried gives the same result again, and t (a pipeline's result) gives t: no pipeline for them.
  const started = new Set<number>();
  const seen = new Set<number>();
  for (const chain of chains) {
    const start = chain.length ? chain[chain.length - 1]!.after : t;
    if (started.has(key(start))) continue;
    started.add(key(start));
    const tried: Run = equals(start, t) ? { result: t, steps: [], stop: 'done' as const, budget } : pipeline(start, job, budget, false);
    if (tried.stop !== 'done' || seen.has(key(tried.result))) continue;
    seen.add(key(tried.result));
    const length = measure(tried.result);
    if (!best || shorter(length, best.length)) best = { chain, run: tried, length, lowest: c };
  }
  if (best && !isPolynomial(t) && !shorter(best.length, measure(t))) return undefined;
  return best;
}

function run(input: Expr | string, options: SimplifyOptions, record: boolean): Derivation {
  const e = typeof input === 'string' ? parse(input) : input;
  const job: Job = {
    options: options.assumeGeneric ? { assumeGeneric: true } : {},
    cache: newNormalizeCache(),
    ...(hasInfinity(e) && { rulesAt: (n: Expr) => (hasInfinity(n) ? infinityRuleSet() : undefined) }),
  };
  const n = size(e);
  const first = pipeline(e, job, options.budget ?? 10_000 + 20 * n, record);
  let { result, budget, stop } = first;
  const steps = first.steps;
  // Shortest textbook form: until nothing changes (so the result is a fixed point and simplify is idempotent).
  // Polynomials always search (their canonical form is the point); other trees only where the search can win.
  if (n <= CANDIDATE_SIZE_LIMIT && stop === 'done' && hasSum(result) && (options.exhaustive || isPolynomial(result) || mayImprove(first.normal))) {
    let lowest: Expr | undefined;
    for (let round = 0; round < MAX_CANDIDATE_ROUNDS; round++) {
      const best = bestCandidate(result, job, budget, lowest);
      if (!best || equals(best.run.result, result)) break;
      lowest = best.lowest;
      let before = result;
      for (const link of best.chain) {
        if (record) steps.push(rootStep(link.rule, before, link.after));
        before = link.after;
      }
      // Without steps to record, the candidate's own run is the answer (the same pipeline on the same tree).
      const again = record ? pipeline(before, job, budget, record) : best.run;
      steps.push(...again.steps);
      result = again.result;
      budget = again.budget;
      stop = again.stop;
    }
  }
  return { task: 'simplify', input: e, steps, result, stop };
}

/**
 * The shortest textbook form fluxion finds within its budget; idempotent. Conditions that cannot be decided leave an
 * expression alone (exp(log(x)) stays) unless `assumeGeneric` is set.
 * Example: format(simplify('2*3*1*x^(3-1)')) is '6x^2'.
 */
export function simplify(e: Expr | string, options: SimplifyOptions = {}): Expr {
  return run(e, options, false).result;
}

/**
 * simplify with every step recorded: each step names its rule and replays (src/trace/replay.ts).
 * Example: explainSimplify('x + 0').steps[0].rule is 'simplify.add-numbers'.
 */
export function explainSimplify(e: Expr | string, options: SimplifyOptions = {}): Derivation {
  return run(e, options, true);
}
