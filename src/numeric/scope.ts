import type { Rational } from '../number/rational.js';

/** A variable's value: a float, exact decimal text ('0.1'), a bigint, or an exact rational. */
export type ScopeValue = number | string | bigint | Rational;
export type Scope = Readonly<Record<string, ScopeValue>>;

/**
 * The scope's own value for a name (never one inherited from Object.prototype, so variables named `toString`
 * or `constructor` are looked up safely). Example: lookup({ x: 2 }, 'toString') is undefined.
 */
export const lookup = (scope: Scope, name: string): ScopeValue | undefined =>
  Object.prototype.hasOwnProperty.call(scope, name) ? scope[name] : undefined;
