// Small values read from a block's text repeat across the tens of thousands of blocks of three
// 1 MB versions (a language guess is a few small counts): a block's memo keeps one frozen copy
// of each value, shared by every block that reads the same, instead of objects of its own.

/** How many distinct values a table keeps before it starts afresh (its own keys cost memory too). */
export const MAX_INTERNED = 4096;

/** Frozen shared copies of values, found by a key that is equal exactly when the values are. */
export class Interner<T extends object> {
  private readonly kept = new Map<string, Readonly<T>>();

  constructor(private readonly keyOf: (value: T) => string) {}

  /** The shared copy of `value` (`value` itself, frozen, when it is the first of its kind). */
  intern(value: T): Readonly<T> {
    const key = this.keyOf(value);
    const known = this.kept.get(key);
    if (known) return known;
    // Values already shared stay valid: only the table is dropped.
    if (this.kept.size >= MAX_INTERNED) this.kept.clear();
    const frozen = deepFreeze(value);
    this.kept.set(key, frozen);
    return frozen;
  }

  get size(): number {
    return this.kept.size;
  }
}

/** Freezes a value and the plain objects and arrays inside it: a shared value must never change. */
function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const inner of Object.values(value))
    if (inner !== null && typeof inner === 'object' && !Object.isFrozen(inner)) deepFreeze(inner as object);
  return Object.freeze(value);
}
