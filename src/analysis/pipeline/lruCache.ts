// A least-recently-used map with a size bound: the paragraph cache must not grow without limit
// while someone types (every keystroke makes a new paragraph text). A hit only stamps the entry
// (one hash lookup, no re-insertion: keys are whole paragraphs, hashing them is the main cost);
// eviction drops the least recently stamped entries in one batch when the bound is passed.

interface Entry<V> {
  value: V;
  stamp: number;
}

export class LruCache<K, V> {
  private readonly map = new Map<K, Entry<V>>();
  private clock = 0;

  constructor(private capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    e.stamp = ++this.clock;
    return e.value;
  }

  set(key: K, value: V): void {
    const e = this.map.get(key);
    if (e) {
      e.value = value;
      e.stamp = ++this.clock;
      return;
    }
    this.map.set(key, { value, stamp: ++this.clock });
    // Evict in batches (down to 90% of the bound) so that eviction stays amortised O(1).
    if (this.map.size > this.capacity) this.evict(Math.floor(this.capacity * 0.9));
  }

  /** Changes the bound, e.g. to hold every paragraph of a large document. */
  resize(capacity: number): void {
    this.capacity = Math.max(1, capacity);
    if (this.map.size > this.capacity) this.evict(this.capacity);
  }

  clear(): void {
    this.map.clear();
  }

  private evict(keep: number): void {
    const stamps = [...this.map.values()].map(e => e.stamp).sort((a, b) => a - b);
    const cutoff = stamps[stamps.length - keep - 1] ?? -1;
    for (const [k, e] of this.map) if (e.stamp <= cutoff) this.map.delete(k);
  }
}
