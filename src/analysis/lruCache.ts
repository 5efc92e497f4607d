// A least-recently-used map with a size bound: the paragraph cache must not grow without limit
// while someone types (every keystroke makes a new paragraph text).

export class LruCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as most recently used.
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    this.trim();
  }

  /** Raises (never lowers below `floor`) the bound, e.g. to hold every paragraph of a large document. */
  resize(capacity: number): void {
    this.capacity = capacity;
    this.trim();
  }

  clear(): void {
    this.map.clear();
  }

  private trim(): void {
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value as K;
      this.map.delete(oldest);
    }
  }
}
