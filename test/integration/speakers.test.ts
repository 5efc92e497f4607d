// The Speakers view in the real VS Code: every speaker of the workspace's articles with their
// quotes, the same person in several articles merged, a sourcing summary first; a speaker
// corrected with Change Speaker… moves the quote to the new speaker and changes the counts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/editor/api';
import { closeAllEditors, extensionApi, openArticle, SEED, waitFor, workspaceFile } from './helpers';

/** A copy of the seed: its sidecar gets the correction, the seed's own stays as other tests expect it. */
const ARTICLE = 'speakers-seed.txt';
const NEW_SPEAKER = 'Ada Quotewell';

interface SpeakerNode {
  description: string;
  /** The quotes' lines: "“first words…” — file.txt · marks". */
  quotes: string[];
}

/** The Speakers view's top-level lines, and each speaker's quote lines. */
async function speakersView(api: SourceAnnotatorApi): Promise<{ top: string[]; speakers: Map<string, SpeakerNode> }> {
  const top: string[] = [];
  const speakers = new Map<string, SpeakerNode>();
  let current: SpeakerNode | undefined;
  for (const { depth, label, item } of await api.treeItems('speakers')) {
    const description = String(item.description ?? '');
    if (depth === 0) {
      top.push(`${label} — ${description}`);
      current = item.contextValue === 'speaker' ? { description, quotes: [] } : undefined;
      if (current) speakers.set(label, current);
    } else current?.quotes.push(`${label} — ${description}`);
  }
  return { top, speakers };
}

const inArticle = (node: SpeakerNode | undefined, name: string) => node?.quotes.filter(q => q.split(' — ').pop()!.startsWith(name)) ?? [];
const quotesIn = (node: SpeakerNode | undefined) => Number(/^(\d+) quotes?/.exec(node?.description ?? '')?.[1] ?? 0);

describe('Speakers view', () => {
  after(closeAllEditors);

  it('lists who said what across the articles and follows a Change Speaker correction', async () => {
    const api = await extensionApi();
    const seedText = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(SEED)));
    await vscode.workspace.fs.writeFile(workspaceFile(ARTICLE), new TextEncoder().encode(seedText));
    const { document } = await openArticle(ARTICLE, api);
    const uri = document.uri;
    const analysis = (await api.analysis(uri))!;
    const bySpeaker = new Map<string, number>();
    for (const q of analysis.quotes) if (q.speaker) bySpeaker.set(q.speaker, (bySpeaker.get(q.speaker) ?? 0) + 1);
    assert.ok(bySpeaker.size >= 2, `the seed quotes several people: ${[...bySpeaker.keys()].join(', ')}`);

    // Every speaker of the article, with its quotes there; the seed's own copy quotes the same
    // people, and they are one speaker each, with the quotes of both articles.
    const before = await waitFor(async () => {
      const view = await speakersView(api);
      return [...bySpeaker].every(([name, n]) => inArticle(view.speakers.get(name), ARTICLE).length === n) ? view : undefined;
    }, 'the article’s speakers in the view');
    for (const [name, n] of bySpeaker) {
      const node = before.speakers.get(name)!;
      assert.equal(inArticle(node, SEED).length, n, `${name}'s quotes in the seed are listed with the copy's`);
      assert.equal(quotesIn(node), node.quotes.length, `${name}: the count says how many quotes are listed (${node.description})`);
      assert.match(node.description, /^\d+ quotes? · \d+ words?$/);
    }
    // The summary counts every listed quote, those without a speaker (listed last) included.
    const summary = /^Sourcing summary — (\d+) quotes · (\d+) without a speaker$/.exec(before.top[0]);
    assert.ok(summary, before.top.join('\n'));
    const listed = [...before.speakers.values()].reduce((n, s) => n + s.quotes.length, 0);
    assert.equal(Number(summary[1]), listed + Number(summary[2] === '0' ? 0 : /(\d+) quotes?$/.exec(before.top.at(-1)!)![1]), before.top.join('\n'));

    // Clicking a quote reveals it in its article.
    const [speaker] = [...bySpeaker].sort((a, b) => b[1] - a[1])[0];
    const quote = analysis.quotes.find(q => q.speaker === speaker)!;
    const quoteItem = (await api.treeItems('speakers')).find(i => i.item.description === ARTICLE && i.item.tooltip === quote.text);
    assert.ok(quoteItem?.item.command, 'the quote is listed under its speaker with a command');
    await vscode.commands.executeCommand(quoteItem.item.command.command, ...((quoteItem.item.command.arguments ?? []) as unknown[]));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.deepEqual([editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)], [quote.start, quote.end], 'the quote is selected');

    await vscode.commands.executeCommand('sourceAnnotator.changeSpeaker', uri.toString(), quote.start, quote.end, NEW_SPEAKER);
    const after = await waitFor(async () => {
      const view = await speakersView(api);
      return view.speakers.has(NEW_SPEAKER) ? view : undefined;
    }, 'the new speaker in the view');
    const moved = after.speakers.get(NEW_SPEAKER)!;
    assert.match(moved.description, /^1 quote · \d+ words?$/);
    assert.deepEqual(moved.quotes.map(q => q.split(' — ').pop()), [`${ARTICLE} · corrected`], 'the quote, marked corrected, under its new speaker');
    assert.equal(inArticle(after.speakers.get(speaker), ARTICLE).length, bySpeaker.get(speaker)! - 1, `the quote left ${speaker}`);
    assert.equal(quotesIn(after.speakers.get(speaker)), quotesIn(before.speakers.get(speaker)) - 1, `${speaker}'s count went down`);
    assert.equal(after.top[0], before.top[0], 'the summary stays: the quote moved');
  });
});
