/**
 * Time per call of one operation: a cold call (its result is kept), warm-up calls for `warmMs` (which
 * also size the batches), then `batches` batches of k calls each lasting about `batchMs`; the median batch divided by k. An
 * operation slower than `singleMs` is timed once: repeating it would stall the run and its error bar
 * is small next to its size anyway.
 */
export interface Timing {
  /** Median microseconds per call. */
  readonly us: number;
  /** Calls behind the median (1 when the operation was too slow to repeat). */
  readonly calls: number;
}

export interface MeasureOptions {
  readonly batchMs?: number;
  readonly batches?: number;
  readonly singleMs?: number;
  /** Calls for this long before sizing batches, so a fast operation is timed in its optimised tier. */
  readonly warmMs?: number;
}

const now = (): number => performance.now();

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Times `op`; returns its first result (so the answer judged is the one timed) and the timing. */
export function measure<T>(op: () => T, opts: MeasureOptions = {}): { result: T; timing: Timing } {
  const { batchMs = 3, batches = 5, singleMs = 200, warmMs = 20 } = opts;
  let t = now();
  const result = op();
  const cold = now() - t;
  if (cold > singleMs) return { result, timing: { us: cold * 1000, calls: 1 } };
  const warmUntil = now() + warmMs;
  let calls = 0;
  t = now();
  do { op(); calls++; } while (now() < warmUntil);
  const warm = (now() - t) / calls;
  const k = Math.max(1, Math.min(1e6, Math.ceil(batchMs / Math.max(warm, 1e-4))));
  const perCall: number[] = [];
  for (let b = 0; b < batches; b++) {
    t = now();
    for (let i = 0; i < k; i++) op();
    perCall.push((now() - t) / k);
  }
  return { result, timing: { us: median(perCall) * 1000, calls: k * batches } };
}

/** Median of `reps` timings of one whole run of `op` (for throughput over a corpus). */
export function repeat(op: () => void, reps: number): number {
  op(); // warm-up: the first pass pays for compilation of the engine's code
  const ts: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t = now();
    op();
    ts.push(now() - t);
  }
  return median(ts) * 1000;
}

/**
 * Times several operations against each other: each is warmed up and sized on its own, then batches
 * run in rotation (op 1, op 2, ..., op 1, ...), so a change in the machine's load during the run
 * reaches every operation alike and their ratio stays meaningful. Returns microseconds per call.
 */
export function interleave(ops: readonly (() => unknown)[], opts: MeasureOptions = {}): number[] {
  const { batchMs = 20, batches = 7, warmMs = 50 } = opts;
  const ks = ops.map((op) => {
    const until = now() + warmMs;
    let calls = 0;
    const t = now();
    do { op(); calls++; } while (now() < until);
    return Math.max(1, Math.ceil(batchMs / Math.max((now() - t) / calls, 1e-4)));
  });
  const perCall: number[][] = ops.map(() => []);
  for (let b = 0; b < batches; b++) {
    for (let j = 0; j < ops.length; j++) {
      const at = (j + b) % ops.length; // rotate who goes first, so no operation always follows the same one
      const op = ops[at] as () => unknown;
      const k = ks[at] as number;
      const t = now();
      for (let i = 0; i < k; i++) op();
      perCall[at]?.push((now() - t) / k);
    }
  }
  return perCall.map((xs) => median(xs) * 1000);
}
