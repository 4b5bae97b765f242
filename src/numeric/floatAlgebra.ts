import { type Algebra, powFloat } from './algebra.js';
import { FluxionError } from '../errors.js';
import { PRIMITIVES, type PrimitiveTable, primitiveFor } from './primitives.js';

/**
 * Plain float arithmetic as an Algebra, so a primitive's local partials evaluate to numbers. Calls inside a
 * partial (d sin = cos) are looked up in the given table, so a planted table is used consistently.
 * Example: floatAlgebra().call('cos', [0]) === 1.
 */
export function floatAlgebra(table: PrimitiveTable = PRIMITIVES): Algebra<number> {
  return {
    constant: (v) => v,
    neg: (a) => -a,
    add: (a, b) => a + b,
    sub: (a, b) => a - b,
    mul: (a, b) => a * b,
    div: (a, b) => a / b,
    pow: powFloat,
    call: (name, args) => {
      const row = primitiveFor(name, args.length, table);
      if (!row) throw new FluxionError(`no numeric primitive ${name} with ${args.length} argument(s)`);
      return row.value(...args);
    },
  };
}
