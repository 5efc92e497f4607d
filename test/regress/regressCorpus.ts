// The regression corpus's logic, kept pure so a unit test can run it on a tiny fixture:
// reading probe files, reducing the CLI's output to the compared fields, and labelling each
// difference between the recorded output and the current one by what it does to agreement
// with the hand-written gold. scripts/regress.mjs does the file access and runs the CLI.

/** The compared fields of one probe's analysis, each a list of short strings. */
export interface Reduced {
  people: string[];
  quotes: string[];
  numbers: string[];
}

export type Field = keyof Reduced;
export const FIELDS: readonly Field[] = ['people', 'quotes', 'numbers'];

export interface Probe {
  /** `group/name`: the probe file's path under test/regress without `.txt`, and the probe's name. */
  id: string;
  text: string;
  /** The right answer, for the fields the probe is about; a field left out is not judged. */
  gold: Partial<Reduced>;
}

export class ProbeFormatError extends Error {}

const PROBE_START = /^= (\S+)\s*$/;
const GOLD_LINE = /^- (people|quotes|numbers):(.*)$/;

/**
 * Parses one probe file: `= name` starts a probe, the lines after it are its text (blank lines
 * and several paragraphs allowed), then `- people: …`, `- quotes: …`, `- numbers: …` lines give
 * its gold, items separated by ` | `. Lines starting with `#` outside a text are comments.
 */
export function parseProbeFile(source: string, group: string): Probe[] {
  const probes: Probe[] = [];
  let current: { name: string; lines: string[]; gold: Partial<Reduced>; lineNo: number } | undefined;
  const finish = () => {
    if (!current) return;
    const text = current.lines.join('\n').replace(/\s+$/, '');
    if (!text) throw new ProbeFormatError(`${group}.txt line ${current.lineNo}: probe "${current.name}" has no text`);
    probes.push({ id: `${group}/${current.name}`, text, gold: current.gold });
  };
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  lines.forEach((line, index) => {
    const start = PROBE_START.exec(line);
    if (start) {
      finish();
      if (probes.some(p => p.id === `${group}/${start[1]}`)) throw new ProbeFormatError(`${group}.txt line ${index + 1}: probe "${start[1]}" is defined twice`);
      current = { name: start[1], lines: [], gold: {}, lineNo: index + 1 };
      return;
    }
    const gold = GOLD_LINE.exec(line);
    if (gold && current) {
      current.gold[gold[1] as Field] = splitItems(gold[2]);
      return;
    }
    if (!current || Object.keys(current.gold).length) {
      if (line.trim() === '' || line.startsWith('#')) return;
      throw new ProbeFormatError(`${group}.txt line ${index + 1}: text outside a probe (start one with "= name")`);
    }
    current.lines.push(line);
  });
  finish();
  return probes;
}

function splitItems(list: string): string[] {
  return list
    .split(' | ')
    .map(item => item.trim())
    .filter(item => item !== '');
}

/** What `analyze --jsonl` prints for a document, as far as the corpus compares it. */
export interface AnalysisLine {
  people: { text: string }[];
  quotes: { text: string; speaker: string | null }[];
  numbers: { text: string; kind: string }[];
}

const OUTER_QUOTES = /^["'“”‘’«»]+|["'“”‘’«»]+$/g;

/** A quote as compared: its words without the outer quotation marks, then its speaker or "?". */
export function quoteItem(text: string, speaker: string | null): string {
  return `${text.replace(OUTER_QUOTES, '').replace(/\s+/g, ' ').trim()} => ${speaker ?? '?'}`;
}

/**
 * The compared fields: the distinct texts of person mentions in order of first mention, each
 * quote with its speaker, and each number's text with its kind.
 */
export function reduceAnalysis(line: AnalysisLine): Reduced {
  return {
    people: [...new Set(line.people.map(p => p.text))],
    quotes: line.quotes.map(q => quoteItem(q.text, q.speaker)),
    numbers: line.numbers.map(n => `${n.text} (${n.kind})`),
  };
}

/** One gold item against one output item; a gold quote may give only the start of its words, ending in "…". */
function itemAgrees(field: Field, gold: string, actual: string): boolean {
  if (gold === actual) return true;
  if (field !== 'quotes') return false;
  const m = /^(.*)… => (.*)$/.exec(gold);
  if (!m) return false;
  const [words, speaker] = [m[1], m[2]];
  return actual.endsWith(` => ${speaker}`) && actual.startsWith(words);
}

export function agreesWithGold(output: Reduced, gold: Partial<Reduced>): boolean {
  return FIELDS.every(field => {
    const expected = gold[field];
    if (!expected) return true;
    const actual = output[field];
    return expected.length === actual.length && expected.every((item, i) => itemAgrees(field, item, actual[i]));
  });
}

export type Label = 'fixed' | 'broken' | 'changed' | 'new' | 'removed';

export interface Difference {
  id: string;
  label: Label;
  before?: Reduced;
  now?: Reduced;
  gold?: Partial<Reduced>;
}

export interface Comparison {
  differences: Difference[];
  probes: number;
  /** Probes whose recorded output agrees with their gold (new probes count as not agreeing). */
  agreedBefore: number;
  agreesNow: number;
}

function sameReduced(a: Reduced, b: Reduced): boolean {
  return FIELDS.every(field => a[field].length === b[field].length && a[field].every((item, i) => item === b[field][i]));
}

/**
 * Every probe whose current output differs from its recorded output, labelled: `fixed` when it
 * agrees with its gold now and did not before, `broken` when it did and does not now, `changed`
 * otherwise; `new` for a probe with no recording yet, `removed` for a recording with no probe.
 */
export function compareRuns(probes: Probe[], recorded: ReadonlyMap<string, Reduced>, current: ReadonlyMap<string, Reduced>): Comparison {
  const differences: Difference[] = [];
  let agreedBefore = 0;
  let agreesNow = 0;
  for (const probe of probes) {
    const now = current.get(probe.id);
    if (!now) throw new Error(`no output for probe ${probe.id}`);
    const before = recorded.get(probe.id);
    const goodBefore = before !== undefined && agreesWithGold(before, probe.gold);
    const goodNow = agreesWithGold(now, probe.gold);
    if (goodBefore) agreedBefore++;
    if (goodNow) agreesNow++;
    if (!before) differences.push({ id: probe.id, label: 'new', now, gold: probe.gold });
    else if (!sameReduced(before, now)) {
      const label: Label = goodNow && !goodBefore ? 'fixed' : goodBefore && !goodNow ? 'broken' : 'changed';
      differences.push({ id: probe.id, label, before, now, gold: probe.gold });
    }
  }
  const ids = new Set(probes.map(p => p.id));
  for (const [id, before] of recorded) if (!ids.has(id)) differences.push({ id, label: 'removed', before });
  return { differences, probes: probes.length, agreedBefore, agreesNow };
}

/**
 * A difference for people: its label and id, then for each changed field the items only the
 * recorded output has ("-") and those only the current one has ("+"), and the gold. A new or
 * removed probe shows its whole output.
 */
export function formatDifference(d: Difference): string {
  const out = [`${d.label.toUpperCase()}  ${d.id}`];
  for (const field of FIELDS) {
    const before = d.before?.[field];
    const now = d.now?.[field];
    const gold = d.gold?.[field];
    if (before && now) {
      if (before.join('\n') === now.join('\n')) continue;
      for (const item of without(before, now)) out.push(`    ${field.padEnd(8)}- ${item}`);
      for (const item of without(now, before)) out.push(`    ${field.padEnd(8)}+ ${item}`);
      // Same items in another order: show both orders.
      if (!without(before, now).length && !without(now, before).length) {
        out.push(`    ${field.padEnd(8)}- ${formatItems(before)}`, `    ${field.padEnd(8)}+ ${formatItems(now)}`);
      }
    } else {
      const items = now ?? before ?? [];
      out.push(`    ${field.padEnd(8)}${now ? 'now' : 'was'}:  ${formatItems(items)}`);
    }
    if (gold) out.push(`    ${field.padEnd(8)}gold: ${formatItems(gold)}`);
  }
  return out.join('\n');
}

/** The items of `a` left after taking out, once each, the items of `b`. */
function without(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter(item => {
    const i = left.indexOf(item);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

function formatItems(items: string[]): string {
  return items.length ? items.join(' | ') : '(none)';
}

export function formatSummary(c: Comparison): string {
  const count = (label: Label) => c.differences.filter(d => d.label === label).length;
  const parts = (['fixed', 'broken', 'changed', 'new', 'removed'] as const).map(label => `${count(label)} ${label}`);
  return `${c.probes} probes; agree with gold: ${c.agreedBefore} recorded, ${c.agreesNow} now; ${parts.join(', ')}`;
}

/**
 * A probe whose output disagrees with its gold, for people: its id, then for each judged field
 * that disagrees the gold items the output lacks ("missing") and the output items the gold lacks
 * ("extra"; a gold quote ending in "…" takes any quote that starts with its words). Undefined
 * when the output agrees with the gold.
 */
export function formatDisagreement(id: string, output: Reduced, gold: Partial<Reduced>): string | undefined {
  if (agreesWithGold(output, gold)) return undefined;
  const out = [`DISAGREES  ${id}`];
  for (const field of FIELDS) {
    const expected = gold[field];
    if (!expected) continue;
    const actual = output[field];
    // Each output item answers one gold item at most, so an item given twice shows as extra once.
    const unanswered = [...actual];
    const missing = expected.filter(item => {
      const i = unanswered.findIndex(a => itemAgrees(field, item, a));
      if (i >= 0) unanswered.splice(i, 1);
      return i < 0;
    });
    for (const item of missing) out.push(`    ${field.padEnd(8)}missing ${item}`);
    for (const item of unanswered) out.push(`    ${field.padEnd(8)}extra   ${item}`);
    // The same items in another order: show both orders.
    if (!missing.length && !unanswered.length && !agreesWithGold(output, { [field]: expected })) {
      out.push(`    ${field.padEnd(8)}gold:   ${formatItems(expected)}`, `    ${field.padEnd(8)}output: ${formatItems(actual)}`);
    }
  }
  return out.join('\n');
}

/** The recorded outputs of one group as JSON with one probe per line, so a change shows as a one-line diff. */
export function formatRecording(entries: [string, Reduced][]): string {
  if (!entries.length) return '{}\n';
  return `{\n${entries.map(([id, reduced]) => `  ${JSON.stringify(id)}: ${JSON.stringify(reduced)}`).join(',\n')}\n}\n`;
}
