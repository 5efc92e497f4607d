// Lookup tables keyed by words read from the text. A plain object literal inherits Object's
// members, so the word "constructor" or "toString" would find a function in it; these tables
// have no prototype and find nothing.

/** A frozen copy of `entries` without a prototype. */
export function wordTable<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}

/** An own entry of a table we do not build ourselves (compromise's lexicon), never an inherited member. */
export function ownEntry<V>(table: Record<string, V>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
