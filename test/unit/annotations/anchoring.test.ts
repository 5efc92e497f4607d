import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { anchorTag, anchorTags, type StoredAnchor } from '../../../src/annotations/anchoring';
import { describeQuote } from '../../../src/annotations/quote';
import { anchorStoredTags, describeAnchorReport } from '../../../src/annotations/sidecarStore';
import type { AnchorChange, AnchorReport } from '../../../src/annotations/anchorReport';
import { decodeUtf8 } from '../../../src/common/encoding';

const article = decodeUtf8(readFileSync('seeds/000_da0d72e0fb9dfab8.txt'));

/** A tag on the first occurrence of `exact` (after `from`) in `text`, as it would be saved. */
function tagOn(text: string, exact: string, from = 0): StoredAnchor {
  const start = text.indexOf(exact, from);
  assert.ok(start >= 0, `fixture: "${exact}" not in text`);
  return { start, end: start + exact.length, quote: describeQuote(text, start, start + exact.length), anchor: 'exact' };
}

describe('anchoring', () => {
  it('keeps a tag exact when the text did not change', () => {
    const tag = tagOn(article, 'Wei Xiaojun');
    assert.deepEqual(anchorTag(tag, article), { start: tag.start, end: tag.end, status: 'exact', score: 1 });
  });

  it('moves a tag with its text when a paragraph is inserted before it', () => {
    const tag = tagOn(article, 'no sufficient evidence');
    const edited = 'EDITOR’S NOTE: this article was updated.\n\n' + article;
    const result = anchorTag(tag, edited);
    assert.equal(result.status, 'moved');
    assert.equal(edited.slice(result.start, result.end), 'no sufficient evidence');
    assert.equal(result.start, tag.start + 42);
  });

  it('picks the occurrence whose context matches, not the first or the nearest one', () => {
    // "Wei" occurs many times; tag the one in "Wei also said that the US Justice Department"
    const at = article.indexOf('Wei also said that');
    const tag = tagOn(article, 'Wei', at);
    // Delete the first paragraph mentioning Wei, so many occurrences shift and the old offset
    // now holds a different "Wei" or other text.
    const cut = article.indexOf('Wei Xiaojun, deputy');
    const edited = article.slice(0, cut) + article.slice(article.indexOf('However, Wei also said'));
    const result = anchorTag(tag, edited);
    assert.equal(result.status, 'moved');
    assert.equal(result.start, edited.indexOf('Wei also said that'));
  });

  it('treats text at the old offset with other context as not the tag', () => {
    const text = 'the cat sat on the mat. The dog ate the cat food.';
    const tag = tagOn(text, 'cat', 30); // the second "cat" (in "the cat food")
    // Swap the sentences: the old offset of the second "cat" now holds other text.
    const edited = 'The dog ate the cat food. the cat sat on the mat.';
    const result = anchorTag(tag, edited);
    assert.equal(edited.slice(result.start, result.end), 'cat');
    assert.equal(result.start, edited.indexOf('cat food'));
  });

  it('anchors fuzzily when the tagged text was lightly edited, and says so', () => {
    const tag = tagOn(article, 'there is no sufficient evidence to show that the majority of fentanyl');
    const edited = article.replace('there is no sufficient evidence to show', 'there is not sufficient evidence to prove');
    const result = anchorTag(tag, edited);
    assert.equal(result.status, 'fuzzy');
    assert.equal(edited.slice(result.start, result.end), 'there is not sufficient evidence to prove that the majority of fentanyl');
    assert.ok(result.score > 0.8 && result.score < 1, `score ${result.score}`);
  });

  it('keeps a fuzzy match on word boundaries, as the user selected it', () => {
    const text = 'Officials at the agency said the statement on the court ruling was final and binding on everyone.';
    const tag = tagOn(text, 'the statement on the court ruling');
    // "the" dropped: the cheapest alignment would borrow the "d " of "said".
    const edited = text.replace('said the statement', 'said statement');
    const result = anchorTag(tag, edited);
    assert.equal(result.status, 'fuzzy');
    assert.equal(edited.slice(result.start, result.end), 'statement on the court ruling');
  });

  it('orphans a tag whose text is gone, rather than guessing', () => {
    const tag = tagOn(article, 'declined to comment on Wei’s assessment');
    const edited = article.replace(/The US Drug Enforcement[^\n]*\n/, '');
    assert.equal(anchorTag(tag, edited).status, 'orphaned');
  });

  it('does not move a short tag to an unrelated occurrence of the same word', () => {
    const text = 'Officials said the plan would cost 40 million dollars over ten years, according to the budget office.';
    const tag = tagOn(text, 'cost');
    const edited =
      'Critics said the plan was vague and that nobody in the capital could explain it to the public. ' +
      'Nobody knows what it may cost, they added in a long statement.';
    // "cost" still occurs, but nowhere near its old place and with none of its old context.
    assert.equal(anchorTag(tag, edited).status, 'orphaned');
  });

  it('does not fuzzily match a short quote without supporting context', () => {
    const text = 'Alpha beta gamma delta. Trump spoke. Epsilon zeta eta theta iota kappa lambda.';
    const tag = tagOn(text, 'Trump');
    const edited = 'Something else entirely happened here and there was a Tramp in the long story told later.';
    assert.equal(anchorTag(tag, edited).status, 'orphaned');
  });

  it('finds a tag again across LF and CRLF line ends', () => {
    const lf = 'First paragraph here.\n\nThe quoted line\nspans two lines.\n\nLast one.';
    const tag = tagOn(lf, 'quoted line\nspans two');
    const crlf = lf.replace(/\n/g, '\r\n');
    const result = anchorTag(tag, crlf);
    assert.equal(result.status, 'moved');
    assert.equal(crlf.slice(result.start, result.end), 'quoted line\r\nspans two');
  });

  it('brings an orphan back when its text reappears', () => {
    const tag = { ...tagOn(article, 'Lance Ho'), anchor: 'orphaned' as const };
    const result = anchorTag(tag, article);
    assert.equal(result.status, 'moved');
    assert.equal(article.slice(result.start, result.end), 'Lance Ho');
  });

  it('keeps offsets right around emoji, CJK and accented text', () => {
    const text = 'Le président 🇫🇷 a dit « 我们不否认 » à Pékin. 😀 Fin.';
    const tag = tagOn(text, '我们不否认');
    const edited = '🎉🎉 Nouveau: ' + text.replace('Pékin', 'Beijing 北京');
    const result = anchorTag(tag, edited);
    assert.equal(result.status, 'moved');
    assert.equal(edited.slice(result.start, result.end), '我们不否认');
  });

  describe('never a confident place at other text', () => {
    it('does not keep a tag on "50" exact inside "500": the changed number is fuzzy, and reported', () => {
      const text = 'The new alloy is 50 times stronger than steel, the company said on Tuesday in a statement.';
      const tag = tagOn(text, '50');
      const edited = text.replace('50 times', '500 times');
      const result = anchorTag(tag, edited);
      assert.equal(result.status, 'fuzzy');
      assert.equal(edited.slice(result.start, result.end), '500');
      const stored = { ...tag, id: 't-1', label: 'number', created: '2025-01-01T00:00:00Z', modified: '2025-01-01T00:00:00Z', hasPosition: true };
      const { report } = anchorStoredTags([stored], edited, false);
      assert.deepEqual(report.changes.map(c => [c.from, c.to, c.after?.text]), [['exact', 'fuzzy', '500']]);
      assert.match(describeAnchorReport(report, 'a.txt')!, /1 matched approximately/);
    });

    it('does not put a tag on "said" in a deleted sentence on another sentence\'s "said" at the same offset', () => {
      const first = 'Officials at the customs office in Beijing said the shipments had stopped. ';
      const rest = 'Police in Manila said they had seen none of them. The talks resume next week.';
      const tag = tagOn(first + rest, 'said');
      // The first sentence is deleted and a shorter one put before the rest: the other "said"
      // now sits exactly where the tagged one was.
      const edited = 'The reports were updated. ' + rest;
      assert.equal(edited.slice(tag.start, tag.end), 'said', 'fixture: another "said" at the old offset');
      const result = anchorTag(tag, edited);
      assert.ok(result.status === 'fuzzy' || result.status === 'orphaned', `${result.status} on "${edited.slice(result.start, result.end)}"`);
    });

    it('does not move a tag on one person\'s age "40" to another person\'s "40"', () => {
      const text = 'Maria Lopez, 40, a nurse, said the clinic closed. Her colleague Ana Ruiz, 40, agreed.';
      const tag = tagOn(text, '40');
      const edited = text.replace('Maria Lopez, 40,', 'Maria Lopez, 41,');
      const result = anchorTag(tag, edited);
      assert.ok(result.status === 'fuzzy' || result.status === 'orphaned', `${result.status} on "${edited.slice(result.start, result.end)}" at ${result.start}`);
      assert.notEqual(result.start, edited.indexOf('40'));
    });

    it('still finds text near the end of the document by its whole remaining context there', () => {
      // The suffix is cut by the document's end: all of it, up to the end, is agreement.
      const text = 'Line one.\nWei said there is no evidence.\nLine three.';
      const edited = 'Line one.\nWei Xiaojun said there is no evidence.\nLine three.';
      const result = anchorTag(tagOn(text, 'no evidence'), edited);
      assert.deepEqual([result.status, result.start], ['moved', edited.indexOf('no evidence')]);
    });

    it('reports a corrected tag as changed in place, not moved to an identical string near it', () => {
      const text = 'The minister met the mayor of Lyon on Friday, and the mayor of Lyon said the talks went well.';
      const tag = tagOn(text, 'mayor of Lyon');
      const edited = text.replace('met the mayor of Lyon', 'met the mayor of Lille');
      const result = anchorTag(tag, edited);
      assert.equal(result.status, 'fuzzy');
      assert.equal(edited.slice(result.start, result.end), 'mayor of Lille');
    });

    it('finds text that occurs only once, untouched, after its sentence was rewritten and it shifted far', () => {
      const text = 'Intro paragraph.\n\nA spokesman, Dariusz Kowalczyk-Ferreira, declined to comment.\n\nThe end.';
      const tag = tagOn(text, 'Dariusz Kowalczyk-Ferreira');
      const edited =
        'Intro paragraph.\n\nAsked on Monday about the report and the ministry\'s response to it, the agency\'s chief spokesman Dariusz Kowalczyk-Ferreira said nothing.\n\nThe end.';
      const result = anchorTag(tag, edited);
      assert.ok(edited.indexOf('Dariusz') - tag.start > 64, 'fixture: shifted more than 64 characters');
      assert.deepEqual([result.status, result.start], ['moved', edited.indexOf('Dariusz Kowalczyk-Ferreira')]);
    });
  });

  describe('the load report', () => {
    const orphan = (id: string, kind: AnchorChange['kind']): AnchorChange => ({
      id, kind, label: kind, from: 'exact', to: 'orphaned', before: { start: 0, end: 4, text: 'gone' }, after: null,
    });
    const report = (...changes: AnchorChange[]): AnchorReport => ({ documentChanged: true, counts: { exact: 0, moved: 0, fuzzy: 0, orphaned: changes.length }, changes });

    it('sends orphaned tags to the Tags view', () => {
      assert.match(describeAnchorReport(report(orphan('t1', 'tag')), 'a.txt')!, /1 orphaned \(their text is gone; re-attach them from the Tags view\)/);
    });

    it('names the command that re-attaches an orphaned correction or verdict, which the Tags view does not list', () => {
      const text = describeAnchorReport(report(orphan('c-1', 'correction'), orphan('v-1', 'verification')), 'a.txt')!;
      assert.match(text, /Re-attach Orphaned Correction or Verdict to Selection/);
      assert.doesNotMatch(text, /Tags view/);
      const mixed = describeAnchorReport(report(orphan('t1', 'tag'), orphan('c-1', 'correction')), 'a.txt')!;
      assert.match(mixed, /tags from the Tags view, corrections and verdicts with "Re-attach Orphaned Correction or Verdict to Selection…"/);
    });
  });

  describe('anchorTags', () => {
    it('keeps recorded statuses for an unchanged text (a fuzzy tag stays flagged until reviewed)', () => {
      const tag = { ...tagOn(article, 'Lance Ho'), anchor: 'fuzzy' as const };
      assert.equal(anchorTags([tag], article, { unchanged: true })[0].status, 'fuzzy');
    });

    it('predicts where repeated text went from the shift of its neighbours', () => {
      // Identical boilerplate blocks: context cannot tell them apart, only position can.
      const boilerplate = 'This block is repeated word for word in every section of the file.\n';
      const text = Array.from({ length: 30 }, (_, i) => `Section ${i} begins.\n${boilerplate}${boilerplate}`).join('');
      const section = text.indexOf('Section 12 ');
      const second = text.indexOf(boilerplate, section) + boilerplate.length;
      const tags = [tagOn(text, 'Section 12 '), tagOn(text, 'repeated word for word', second)];
      // 200 characters inserted at the top: the old offset now falls in an earlier section.
      const edited = 'A'.repeat(199) + '\n' + text;
      const [first, repeated] = anchorTags(tags, edited);
      assert.equal(first.status, 'moved');
      assert.equal(repeated.status, 'moved');
      assert.equal(repeated.start, tags[1].start + 200);
      // Without the neighbour's shift, the nearest identical block would win.
      assert.notEqual(anchorTag(tags[1], edited).start, tags[1].start + 200);
    });
  });
});
