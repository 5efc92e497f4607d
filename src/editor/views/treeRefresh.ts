// Tree views refresh at most every 150 ms: tags move on every keystroke, and refreshing a view
// while VS Code is still asking it for children makes VS Code drop that request (and log
// "Trying to add a disposable to a DisposableStore that has already been disposed").
import * as vscode from 'vscode';

const DELAY_MS = 150;

export class TreeRefresh implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly event = this.emitter.event;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Asks for a refresh; several requests within the delay make one. */
  request(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.emitter.fire();
    }, DELAY_MS);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.emitter.dispose();
  }
}
