// Hover cards in the real VS Code with a hostile sidecar (hand-edited or pulled from git): a tag
// label that tries to break out of its code span with a blank line and a command link, a note
// that tries to start a heading and a link, and an id that tries to close the card's own link.
// The cards must show all of it as text and hold only the extension's own command links.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/editor/api';
import { activeMarkdown, codeSpans, unescapeMarkdown } from '../unit/common/markdownCheck';
import { closeAllEditors, exists, extensionApi, openArticle, readJson, waitFor, workspaceFile } from './helpers';

const ARTICLE = 'Maria Lopez said the count would finish on Monday.\n\n“We counted 1,200 ballots by hand,” Lopez said.\n';
const TIME = '2025-03-01T10:00:00.000Z';
const VICTIM = 't-00000000000v';
const ODD_ID = 'odd id)](command:sourceAnnotator.removeTag?x)';

function storedTag(id: string, label: string, exact: string, note?: string): unknown {
  const start = ARTICLE.indexOf(exact);
  return {
    id,
    label,
    ...(note !== undefined ? { note } : {}),
    created: TIME,
    modified: TIME,
    target: {
      selector: [
        { type: 'TextPositionSelector', start, end: start + exact.length },
        { type: 'TextQuoteSelector', exact },
      ],
    },
  };
}

/** The Markdown of each hover card at an offset, with the commands it trusts. */
async function cardsAt(document: vscode.TextDocument, offset: number): Promise<{ value: string; trusted: unknown }[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? { value: c, trusted: undefined } : { value: c.value, trusted: 'isTrusted' in c ? c.isTrusted : undefined }));
}

/** The command links of a card as [command, args], failing on any other active Markdown. */
function commandLinks(markdown: string): [string, unknown[]][] {
  return activeMarkdown(markdown).map(found => {
    const link = /^link:command:([\w.]+)\?(.*)$/.exec(found);
    assert.ok(link, `only command links are active, found ${found}`);
    return [link[1], JSON.parse(decodeURIComponent(link[2])) as unknown[]];
  });
}

describe('hover cards with a hostile sidecar', () => {
  let api: SourceAnnotatorApi;
  let document: vscode.TextDocument;
  let uri: vscode.Uri;
  let label: string;

  before(async () => {
    api = await extensionApi();
    uri = workspaceFile('hostile-sidecar.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));
    const injected = `[Tag…](command:sourceAnnotator.removeTag?${encodeURIComponent(JSON.stringify([uri.toString(), VICTIM]))})`;
    label = `x\n\n${injected}`;
    const sidecar = {
      version: 1,
      tags: [
        storedTag('t-000000000001', label, 'Maria Lopez', `note\n# heading ${injected} <img src=x onerror=alert(1)>`),
        storedTag('t-000000000002', label, 'We counted 1,200 ballots by hand'),
        storedTag(VICTIM, 'victim', 'Monday'),
        storedTag(ODD_ID, `odd\r\n- ${injected}`, 'the count'),
      ],
    };
    await vscode.workspace.fs.writeFile(api.sidecarUri(uri), new TextEncoder().encode(JSON.stringify(sidecar, null, 2)));
    document = (await openArticle('hostile-sidecar.txt', api)).document;
    await waitFor(() => api.tags(uri).length === 4, 'the hostile tags to load');
  });
  after(async () => {
    await closeAllEditors();
    // Other tests count the workspace's articles and tags: leave nothing behind.
    for (const file of [api.sidecarUri(uri), uri]) if (await exists(file)) await vscode.workspace.fs.delete(file, { useTrash: false });
  });

  it('shows a hostile label and note as text, with only the extension’s own links on every card', async () => {
    const at = (text: string) => ARTICLE.indexOf(text) + 2;
    const places = { person: at('Maria Lopez'), quote: at('counted'), number: at('1,200'), oddTag: at('the count') };
    const allowed = new Set(['sourceAnnotator.revealRange', 'sourceAnnotator.tagRange', 'sourceAnnotator.tagEntity', 'sourceAnnotator.findMentions', 'sourceAnnotator.goToSpeaker', 'sourceAnnotator.editTagNote', 'sourceAnnotator.removeTag',
      'sourceAnnotator.notAPerson', 'sourceAnnotator.isAnotherPerson', 'sourceAnnotator.renamePerson', 'sourceAnnotator.changeSpeaker', 'sourceAnnotator.notAQuote', 'sourceAnnotator.notANumber', 'sourceAnnotator.setVerdict', 'sourceAnnotator.resolveConflict']);
    const cards: { place: string; value: string; trusted: unknown }[] = [];
    for (const [place, offset] of Object.entries(places)) {
      const here = await cardsAt(document, offset);
      assert.ok(here.length, `a card on the ${place}`);
      cards.push(...here.map(card => ({ place, ...card })));
    }
    for (const { place, value } of cards) {
      for (const [command, args] of commandLinks(value)) {
        assert.ok(allowed.has(command), `${place}: ${command} is a card command`);
        assert.equal(args[0], uri.toString(), `${place}: ${command} is about this article`);
        assert.ok(!args.includes(VICTIM), `${place}: no link removes or edits the tag the label aimed at`);
      }
    }
    // The label shows whole, on one line, in the "Tags:" code span.
    const tagsLines = cards.flatMap(({ place, value }) => value.split('\n').filter(l => l.startsWith('$(tag) Tags:')).map(line => ({ place, line })));
    for (const { place, line } of tagsLines) assert.ok(codeSpans(line).includes(label.replace(/\s+/g, ' ')), `${place}: the label is one code span in ${line}`);
    for (const { place, value, trusted } of cards) {
      const ownCommands = [...new Set(commandLinks(value).map(([c]) => c))].sort();
      if (trusted === undefined || trusted === false) assert.deepEqual(ownCommands, [], `${place}: a card without links trusts no command`);
      else assert.deepEqual([...((trusted as { enabledCommands?: string[] }).enabledCommands ?? [])].sort(), ownCommands, `${place}: the card trusts exactly its own links' commands`);
    }
    assert.ok(tagsLines.length >= 3, 'the person, quote and number cards list their tags');

    const [tagCard] = (await cardsAt(document, places.person)).filter(c => c.value.startsWith('$(tag)'));
    assert.ok(tagCard, 'the tag card on Maria Lopez');
    const shown = unescapeMarkdown(tagCard.value);
    assert.ok(shown.includes(`**${label.replace(/\s+/g, ' ')}**`), 'the tag card shows the label as its title');
    assert.ok(shown.includes('note # heading [Tag…](command:sourceAnnotator.removeTag?'), 'the note shows as text');
    assert.deepEqual(
      commandLinks(tagCard.value).map(([command, args]) => [command, args[1]]),
      [
        ['sourceAnnotator.editTagNote', 't-000000000001'],
        ['sourceAnnotator.removeTag', 't-000000000001'],
      ],
    );

    // The card's own Remove link removes its tag, not the one the label aimed at; Undo Tag Change brings it back.
    const [, [command, args]] = commandLinks(tagCard.value);
    await vscode.commands.executeCommand(command, ...args);
    assert.deepEqual(api.tags(uri).map(t => t.id).sort(), ['t-000000000002', VICTIM, ODD_ID].sort());
    await vscode.commands.executeCommand('sourceAnnotator.undoTagChange');
    assert.equal(api.tags(uri).length, 4, 'Undo Tag Change brings the removed tag back');
    // The file as the extension wrote it (with its "document" part, which the test's file lacks), all four tags back.
    await waitFor(async () => {
      const saved = (await readJson(api.sidecarUri(uri))) as { document?: unknown; tags: unknown[] };
      return saved.document !== undefined && saved.tags.length === 4;
    }, 'the sidecar saved with the tag back');

    const [oddCard] = (await cardsAt(document, places.oddTag)).filter(c => c.value.startsWith('$(tag)'));
    assert.ok(oddCard, 'the tag card of the tag with a hand-made id');
    assert.deepEqual(commandLinks(oddCard.value), [], 'an id that is not plain goes into no link');
    assert.match(unescapeMarkdown(oddCard.value), /from the Tags view/);
  });
});
