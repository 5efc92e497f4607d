// Text from files (articles, sidecar labels and notes, file names) made safe to print for a
// person at a terminal. A raw ESC or C1 control character in an article or a label could
// recolour, retitle or clear the user's terminal, or hide what follows; printed as a visible
// escape it can do none of that. JSON output needs its own care (`jsonLine`).

// C0 controls except tab and line feed, DEL, C1 controls, and a carriage return not ending a
// line (it would move the cursor back over what was printed). Bidirectional overrides and
// isolates too: they reorder what the terminal shows ("Trojan Source").
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;
// In messages about the user's input, also the characters that print as nothing: a byte-order
// mark, zero-width spaces and joiners, direction marks, line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_OR_INVISIBLE = /[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|\r(?!\n)/g;

/** The text with control characters shown as escapes: ESC as "\x1b", U+202E as "\u202e". */
export function printable(text: string): string {
  return text.replace(UNSAFE, escapeCharacter);
}

/** Like `printable`, and invisible characters shown too: for error messages about the user's input. */
export function printableMessage(text: string): string {
  return text.replace(UNSAFE_OR_INVISIBLE, escapeCharacter);
}

function escapeCharacter(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * One line of JSON output. JSON.stringify escapes C0 controls but writes DEL and the C1 controls
 * (U+0080–U+009F, CSI among them) raw; they are escaped as well, which changes nothing for a JSON
 * reader and keeps `--json` output harmless on a terminal.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
