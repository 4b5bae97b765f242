import type { Program } from './program.js';

export type DomainReport = {
  /**
   * Smallest distance from any operation's operands to a point where that operation is not smooth (a pole, a
   * branch point, a kink), measured in the operands' own units; negative or −∞ when some operation is outside
   * its domain or some value is not finite.
   */
  readonly distance: number;
  /**
   * With tangents along one input direction: how far that input may move before some operand could reach such a
   * point, to first order (distance / |rate of change|). Finite-difference steps stay well inside it.
   */
  readonly reach: number;
};

/**
 * How safely inside the domain a point is, from the values (and optionally tangents) of every instruction.
 * Divisions need a non-zero denominator, powers a positive base unless the exponent is a constant integer,
 * and calls read their primitive row's domain.
 * Example: domainReport(lower(parse('log(x)'), ['x']), runProgram(..., [0.5])).distance === 0.5.
 */
export function domainReport(p: Program, values: Float64Array, tangents?: Float64Array): DomainReport {
  let distance = Infinity;
  let reach = Infinity;
  const consider = (d: number, operands: readonly number[]) => {
    distance = Math.min(distance, Number.isNaN(d) ? -Infinity : d);
    if (!tangents) return;
    let rate = 0;
    for (const a of operands) rate = Math.max(rate, Math.abs(tangents[a]!));
    if (rate > 0) reach = Math.min(reach, d / rate);
  };
  p.instrs.forEach((ins, i) => {
    if (!Number.isFinite(values[i]!)) distance = -Infinity;
    const args = ins.args;
    switch (ins.op) {
      case 'div':
        return consider(Math.abs(values[args[1]!]!), [args[1]!]);
      case 'pow': {
        const exponent = p.instrs[args[1]!]!;
        const base = values[args[0]!]!;
        if (exponent.op === 'const' && Number.isInteger(exponent.value)) {
          if (exponent.value < 0) consider(Math.abs(base), [args[0]!]);
          return;
        }
        return consider(base, [args[0]!]);
      }
      case 'call':
        return consider(ins.fn!.domain.distance(args.map((a) => values[a]!)), args);
      default:
        return;
    }
  });
  return { distance, reach };
}
