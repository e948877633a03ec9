/**
 * Small checks for what a portal page's content script reads from outside its own code: storage
 * values and the background's answers. Zod stays out of portal pages (it was a third of every
 * content script); each guard here is held to the zod schema of the same value by
 * test/unit/guards.test.ts, on valid, broken and random input.
 *
 * A guard takes anything and returns the value in its checked shape (unknown keys dropped, as
 * zod's `z.object` does) or `undefined`.
 */
export type Guard<T> = (value: unknown) => T | undefined;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isString(value: unknown, max = Number.POSITIVE_INFINITY, min = 0): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

/** A finite number (zod's `z.number()`), optionally an integer ≥ `min`. */
export function isNumber(value: unknown, opts: { int?: boolean; min?: number } = {}): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    // Safe integers only, as zod 4's `.int()` (the schemas these guards mirror).
    (!opts.int || Number.isSafeInteger(value)) &&
    (opts.min === undefined || value >= opts.min)
  );
}

/** Every item checked; undefined when one fails. */
export function arrayOf<T>(value: unknown, guard: Guard<T>): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: T[] = [];
  for (const item of value) {
    const checked = guard(item);
    if (checked === undefined) return undefined;
    out.push(checked);
  }
  return out;
}

/** The value's keys are all among `keys` (zod's `.strict()`). */
export function onlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

/** Copy the keys whose value is defined (an optional key stays absent, as after a zod parse). */
export function pick<T>(value: Record<string, unknown>, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}
