import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { JsonSyntaxError, MAX_JSON_DEPTH, parseJson } from '../../../src/annotations/jsonParse';
import { parseSidecar, serializeSidecar } from '../../../src/annotations/sidecarFormat';
import type { Tag } from '../../../src/annotations/types';
import { sidecarProblem } from './sidecarProblem';

const tag = (over: Record<string, unknown> = {}) => ({
  id: 't-1',
  label: 'claim',
  created: '2025-03-01T10:00:00.000Z',
  modified: '2025-03-01T10:00:00.000Z',
  anchor: 'exact',
  target: {
    selector: [
      { type: 'TextPositionSelector', start: 0, end: 3 },
      { type: 'TextQuoteSelector', exact: 'Wei', prefix: '', suffix: ' said' },
    ],
  },
  ...over,
});
const file = (tags: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ version: 1, tags, ...extra });

const problem = sidecarProblem;

describe('sidecar format', () => {
  it('round-trips tags through the file', () => {
    const tags: Tag[] = [
      { id: 't-2', label: 'person', note: 'spokesman', entity: 'Lance Ho', created: '2025-03-01T10:00:00.000Z', modified: '2025-03-02T10:00:00.000Z', anchor: 'moved', start: 10, end: 18, quote: { exact: 'Lance Ho', prefix: '', suffix: '' } },
      { id: 't-1', label: 'gone', created: '2025-03-01T10:00:00.000Z', modified: '2025-03-01T10:00:00.000Z', anchor: 'orphaned', start: 2, end: 2, quote: { exact: 'old text', prefix: 'p', suffix: 's' } },
    ];
    const text = 'Reported: Lance Ho declined.';
    const parsed = parseSidecar(serializeSidecar({ documentName: 'a.txt', text, tags, corrections: [], verifications: [] }));
    // Written in order of id (t-1 first), whatever their positions.
    assert.deepEqual(parsed.tags[1], { ...tags[0], hasPosition: true, quote: { exact: 'Lance Ho', prefix: 'Reported: ', suffix: ' declined.' } });
    assert.deepEqual(parsed.tags[0], { ...tags[1], hasPosition: true }, 'an orphan with its last known text');
  });

  it('names the place of each kind of mistake', () => {
    assert.equal(problem('[]'), '(top level): expected an object, found a list');
    assert.equal(problem('{"tags": []}'), 'version: missing (expected 2)');
    assert.equal(problem(file([tag()], { extra: 1 })), 'extra: unknown property (expected "version", "document", "tags")');
    assert.equal(problem(file([tag({ label: '  ' })])), 'tags[0].label: must not be empty');
    assert.equal(problem(file([tag(), tag({ lable: 'x' })])), 'tags[1].lable: unknown property (expected "id", "label", "note", "entity", "created", "modified", "anchor", "target")');
    assert.equal(problem(file([tag(), tag()])), 'tags[1].id: "t-1" is also the id of tags[0]; ids must be unique');
    assert.equal(problem(file([tag({ anchor: 'lost' })])), 'tags[0].anchor: expected one of exact, moved, fuzzy, orphaned, found "lost"');
    assert.equal(problem(file([tag({ created: 'yesterday' })])), 'tags[0].created: expected an ISO 8601 date-time like "2025-01-31T09:30:00.000Z", found "yesterday"');
    assert.equal(problem(file([tag({ target: { selector: [{ type: 'TextPositionSelector', start: 5, end: 2 }] } })])), 'tags[0].target.selector[0]: end (2) is before start (5)');
    assert.equal(problem(file([tag({ target: { selector: [{ type: 'TextPositionSelector', start: 0, end: 3 }] } })])), 'tags[0].target.selector: missing TextQuoteSelector (the annotated text, needed to find it again)');
    assert.equal(problem(file([tag({ target: { selector: [{ type: 'TextQuoteSelector', exact: 'Wei' }, { type: 'TextPositionSelector', start: 0, end: 5 }] } })])), 'tags[0].target.selector: the TextPositionSelector covers 5 characters but the quote has 3');
    assert.equal(problem(file([tag({ target: { selector: [{ type: 'CssSelector' }] } })])), 'tags[0].target.selector[0].type: expected "TextPositionSelector" or "TextQuoteSelector", found "CssSelector"');
    assert.equal(problem(file([], { document: { fingerprint: 'md5:abc' } })), 'document.fingerprint: expected "sha256:" and 64 hex digits');
    assert.match(problem('{"version": 1, "tags": [],}'), /^not valid JSON: line 1, column 27: expected a property name in double quotes, found '}'|trailing comma/);
  });

  it('accepts a hand-written tag with only a quote (it is then found by its text)', () => {
    const parsed = parseSidecar(file([tag({ target: { selector: [{ type: 'TextQuoteSelector', exact: 'Wei' }] } })]));
    assert.equal(parsed.tags[0].hasPosition, false);
    assert.equal(parsed.tags[0].anchor, 'orphaned');
  });

  it('serialises deterministically, whatever order the tags come in', () => {
    const text = 'Wei said. Ho said.';
    const a: Tag = { id: 't-a', label: 'x', created: '2025-03-01T10:00:00.000Z', modified: '2025-03-01T10:00:00.000Z', anchor: 'exact', start: 0, end: 3, quote: { exact: 'Wei', prefix: '', suffix: '' } };
    const b: Tag = { ...a, id: 't-b', start: 10, end: 12, quote: { exact: 'Ho', prefix: '', suffix: '' } };
    assert.equal(serializeSidecar({ documentName: 'd', text, tags: [a, b], corrections: [], verifications: [] }), serializeSidecar({ documentName: 'd', text, tags: [b, a], corrections: [], verifications: [] }));
  });

  it('the shipped JSON Schema agrees with the writer on required fields', () => {
    const schema = JSON.parse(readFileSync('schemas/sidecar.schema.json', 'utf8')) as {
      required: string[];
      properties: { tags: { items: { $ref: string } } };
      definitions: { tag: { required: string[]; properties: Record<string, unknown> } };
    };
    const written = JSON.parse(serializeSidecar({ documentName: 'd', text: 'Wei said.', tags: [{ id: 't-a', label: 'x', note: 'n', entity: 'Wei', created: '2025-03-01T10:00:00.000Z', modified: '2025-03-01T10:00:00.000Z', anchor: 'exact', start: 0, end: 3, quote: { exact: 'Wei', prefix: '', suffix: '' } }], corrections: [], verifications: [] })) as {
      tags: Record<string, unknown>[];
    };
    assert.deepEqual(schema.required, ['version', 'tags']);
    for (const key of schema.definitions.tag.required) assert.ok(key in written.tags[0], `the writer writes required "${key}"`);
    for (const key of Object.keys(written.tags[0])) assert.ok(key in schema.definitions.tag.properties, `the schema allows written "${key}"`);
  });
});

describe('JSON parser', () => {
  const error = (source: string) => {
    try {
      parseJson(source);
    } catch (err) {
      assert.ok(err instanceof JsonSyntaxError);
      return err.message;
    }
    return assert.fail('expected a syntax error');
  };

  it('parses what JSON.parse parses', () => {
    const samples = ['{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9\\"\\\\/"]}', '[]', '"😀 中文"', '{"__proto__": {"x": 1}}'];
    for (const s of samples) assert.deepEqual(parseJson(s), JSON.parse(s));
  });

  it('explains mistakes people make when editing JSON by hand', () => {
    assert.equal(error(''), 'line 1, column 1: the file is empty; expected a JSON object');
    assert.equal(error('{\n  "a": 1\n  "b": 2\n}'), "line 3, column 3: expected ',' or '}' after a property value, found '\"'");
    assert.equal(error('{"a": 1,}'), "line 1, column 9: trailing comma before '}'");
    assert.equal(error('[1, 2,]'), "line 1, column 7: trailing comma before ']'");
    assert.equal(error("{'a': 1}"), "line 1, column 2: expected a property name in double quotes, found '''");
    assert.equal(error('{"a": "x\ny"}'), 'line 1, column 9: line break inside a string (write it as \\n)');
    assert.equal(error('{"a": 1} // note'), 'line 1, column 10: comments are not allowed in JSON');
    assert.equal(error('{"a": 1, "a": 2}'), 'line 1, column 10: duplicate property "a"');
    assert.equal(error('{"a": tru}'), "line 1, column 7: unexpected 't'; expected a value");
    assert.equal(error('{"a": 1'), "line 1, column 8: expected ',' or '}' after a property value, found end of file");
  });

  it('refuses deeply nested input with a message instead of overflowing the stack', () => {
    const deep = '{"a":'.repeat(3000) + '1' + '}'.repeat(3000);
    assert.equal(error(deep), `line 1, column ${5 * MAX_JSON_DEPTH + 1}: nested too deeply (more than ${MAX_JSON_DEPTH} levels of objects and arrays)`);
    assert.match(error('['.repeat(100_000)), /nested too deeply/);
    const deepest = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    assert.deepEqual(parseJson(deepest), JSON.parse(deepest));
  });
});
