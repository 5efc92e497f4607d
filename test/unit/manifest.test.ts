// The extension manifest and the code agree: every contributed command is implemented and
// every implemented command is contributed, palette entries have a category, menus and
// keybindings name real commands, and every colour the decorations use is contributed.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { vscode: string };
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string; when?: string }[];
    colors: { id: string; defaults: Record<string, string> }[];
    configuration: { properties: Record<string, { default: unknown }> };
    views: Record<string, { id: string }[]>;
    viewsWelcome: { view: string }[];
  };
};

function sources(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.ts'))
    .map(name => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}
const code = sources(join(ROOT, 'src'));

interface Walkthrough {
  steps: { id: string; description: string; media: { markdown?: string; image?: string }; completionEvents: string[] }[];
}

describe('the extension manifest', () => {
  const contributed = new Set(manifest.contributes.commands.map(c => c.command));
  const registered = new Set([...code.matchAll(/(?:registerCommand|\breg)\(\s*'(sourceAnnotator\.[^']+)'/g)].map(m => m[1]));

  it('contributes exactly the commands the code registers, each in the Source Annotator category', () => {
    assert.deepEqual([...contributed].sort(), [...registered].sort());
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'Source Annotator', c.command);
  });

  it('only names real commands in menus and keybindings, and hides internal ones from the palette', () => {
    for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
      for (const e of entries) assert.ok(contributed.has(e.command), `${menu}: ${e.command}`);
    }
    for (const k of manifest.contributes.keybindings) assert.ok(contributed.has(k.command), k.command);
    const palette = new Map(manifest.contributes.menus.commandPalette.map(e => [e.command, e.when]));
    for (const internal of ['revealRange', 'tagRange', 'goToSpeaker', 'revealTag', 'refreshViews']) {
      assert.equal(palette.get(`sourceAnnotator.${internal}`), 'false', internal);
    }
  });

  it('sets every context key that a when clause uses', () => {
    const whens = [...Object.values(manifest.contributes.menus).flat(), ...manifest.contributes.keybindings].map(e => e.when ?? '');
    const used = new Set(whens.flatMap(w => [...w.matchAll(/sourceAnnotator\.\w+/g)].map(m => m[0])));
    for (const key of used) assert.ok(code.includes(`'${key}'`), `${key} is set by the code`);
  });

  it('contributes every theme colour the code uses, with light, dark and high-contrast defaults', () => {
    const colours = new Map(manifest.contributes.colors.map(c => [c.id, c.defaults]));
    const used = [...code.matchAll(/colour\('(\w+)'\)/g)].map(m => `sourceAnnotator.${m[1]}`);
    assert.ok(used.length >= 8);
    for (const id of used) {
      const defaults = colours.get(id);
      assert.ok(defaults, `${id} is contributed`);
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.ok(defaults[theme], `${id} has a ${theme} default`);
    }
  });

  it('declares every setting the code reads, and welcome content for each view', () => {
    const read = new Set([...code.matchAll(/c\.get<\w+>\('([\w.]+)'/g)].map(m => `sourceAnnotator.${m[1]}`));
    assert.ok(read.size >= 8);
    for (const key of read) assert.ok(key in manifest.contributes.configuration.properties, key);
    const views = Object.values(manifest.contributes.views).flat().map(v => v.id);
    for (const view of views) assert.ok(manifest.contributes.viewsWelcome.some(w => w.view === view), `${view} has welcome content`);
  });

  it('writes welcome content that VS Code renders as written: links only, no Markdown emphasis', () => {
    // A view's welcome text renders [links](…) and nothing else: "**Tag Selection…**" shows its asterisks.
    for (const w of manifest.contributes.viewsWelcome as { view: string; contents: string }[]) {
      assert.doesNotMatch(w.contents.replace(/\[[^\]]*\]\([^)]*\)/g, ''), /\*\*|__|(^|\s)[*_]\S|`/, w.view);
    }
  });

  it('walks a new user through opening an article, a hover, a tag and the sidecar, with real commands and media', () => {
    const walkthroughs = (manifest.contributes as unknown as { walkthroughs: Walkthrough[] }).walkthroughs;
    const steps = walkthroughs.flatMap(w => w.steps);
    assert.deepEqual(steps.map(st => st.id), ['openArticle', 'hover', 'tag', 'sidecar']);
    for (const step of steps) {
      const links = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map(m => m[1]);
      assert.ok(links.length > 0, `${step.id} offers its command`);
      for (const command of links) assert.ok(contributed.has(command), `${step.id}: ${command}`);
      for (const event of step.completionEvents) {
        if (event.startsWith('onCommand:')) assert.ok(contributed.has(event.slice('onCommand:'.length)), `${step.id}: ${event}`);
      }
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media && existsSync(join(ROOT, media)), `${step.id}: ${media} exists`);
    }
  });

  it('supports the oldest VS Code the tests run on', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
  });
});
