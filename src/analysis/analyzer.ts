// Baseline analyzer (to be replaced by the full rules): compromise per paragraph, spans
// read from term offsets computed once per paragraph, results cached by paragraph text.
import nlp from 'compromise';
import { readArticleInfo } from './article';
import { findNumbers } from './numbers';
import type { Analysis, NumberMention, PersonEntity, PersonMention, Quote, Span } from './types';

interface ParagraphResult {
  people: Span[];
  numbers: NumberMention[];
  quotes: Span[];
}

interface Term {
  offset: { start: number; length: number };
}

function termSpans(view: { docs: Term[][] }): { start: number; end: number }[] {
  return view.docs.map(terms => {
    const first = terms[0].offset;
    const last = terms[terms.length - 1].offset;
    return { start: first.start, end: last.start + last.length };
  });
}

/** Splits text into paragraphs (runs of non-blank lines) with their offsets. */
export function paragraphs(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[^\r\n]+(?:\r?\n(?![ \t]*\r?\n)[^\r\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, text: m[0] });
  return out;
}

export class Analyzer {
  private cache = new Map<string, ParagraphResult>();

  analyze(text: string): Analysis {
    const parts = paragraphs(text).map(p => ({ start: p.start, result: this.paragraph(p.text) }));
    return this.combine(text, parts);
  }

  async analyzeAsync(text: string, options: { signal?: AbortSignal } = {}): Promise<Analysis> {
    const parts: { start: number; result: ParagraphResult }[] = [];
    for (const p of paragraphs(text)) {
      options.signal?.throwIfAborted();
      parts.push({ start: p.start, result: this.paragraph(p.text) });
      await new Promise(resolve => setTimeout(resolve, 0));
    }
    return this.combine(text, parts);
  }

  private paragraph(text: string): ParagraphResult {
    const hit = this.cache.get(text);
    if (hit) return hit;
    const doc = nlp(text);
    doc.compute('offset');
    const result: ParagraphResult = {
      people: termSpans(doc.people() as never).map(s => ({ ...s, text: text.slice(s.start, s.end) })),
      numbers: findNumbers(doc, text),
      quotes: termSpans(doc.quotations() as never).map(s => ({ ...s, text: text.slice(s.start, s.end) })),
    };
    this.cache.set(text, result);
    return result;
  }

  private combine(text: string, parts: { start: number; result: ParagraphResult }[]): Analysis {
    const people: PersonMention[] = [];
    const quotes: Quote[] = [];
    const numbers: NumberMention[] = [];
    for (const { start, result } of parts) {
      for (const p of result.people) people.push({ start: p.start + start, end: p.end + start, text: p.text, entity: p.text });
      for (const q of result.quotes) {
        quotes.push({ start: q.start + start, end: q.end + start, text: q.text, speaker: null, speakerStart: null, speakerEnd: null, attribution: 'none' });
      }
      for (const n of result.numbers) {
        numbers.push({ ...n, start: n.start + start, end: n.end + start });
      }
    }
    const byName = new Map<string, PersonEntity>();
    people.forEach((m, i) => {
      let e = byName.get(m.entity);
      if (!e) byName.set(m.entity, (e = { name: m.entity, mentions: [], quotes: [] }));
      e.mentions.push(i);
    });
    return { people, entities: [...byName.values()], quotes, numbers, article: readArticleInfo(text) };
  }
}

const shared = new Analyzer();

/** Analyses a whole text with a process-wide paragraph cache. */
export function analyze(text: string): Analysis {
  return shared.analyze(text);
}
