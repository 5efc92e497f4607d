// Small helpers for immutable objects with optional fields (the sidecar writes a field only
// when it has a value, so absent must stay absent rather than become `undefined`).

/** `{ [key]: value }` when value is defined, else `{}`. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** A shallow copy of `object` without `keys`. */
export function omit<T extends object, K extends keyof T>(object: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...object };
  for (const key of keys) delete copy[key];
  return copy;
}
