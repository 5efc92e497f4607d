// A strict JSON parser whose errors say where the problem is ("line 3, column 5: expected ','
// or '}' after a property value") in the same words on every JavaScript engine. JSON.parse's
// messages differ between V8 versions and browsers and do not always give a line. Sidecars are
// edited by hand and merged by git, so a precise message is what lets the user fix one.

export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`line ${line}, column ${column}: ${problem}`);
  }
}

/**
 * The deepest nesting of objects and arrays accepted. A sidecar needs five levels; a limit far
 * above that keeps the recursive parser well inside the stack, so a hostile or broken file gets
 * this message instead of a stack overflow.
 */
export const MAX_JSON_DEPTH = 100;

export function parseJson(source: string): unknown {
  return new Parser(source).parseDocument();
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly s: string) {}

  parseDocument(): unknown {
    this.skipSpace();
    if (this.pos >= this.s.length) this.fail('the file is empty; expected a JSON object');
    const value = this.parseValue();
    this.skipSpace();
    if (this.pos < this.s.length) this.fail(`unexpected ${this.describeHere()} after the end of the JSON value`);
    return value;
  }

  private parseValue(): unknown {
    const c = this.s[this.pos];
    if (c === '{' || c === '[') {
      if (this.depth >= MAX_JSON_DEPTH) this.fail(`nested too deeply (more than ${MAX_JSON_DEPTH} levels of objects and arrays)`);
      this.depth++;
      const value = c === '{' ? this.parseObject() : this.parseArray();
      this.depth--;
      return value;
    }
    if (c === '"') return this.parseString();
    if (c === '-' || (c >= '0' && c <= '9')) return this.parseNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.s.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    if (this.pos >= this.s.length) this.fail('unexpected end of file; expected a value');
    return this.fail(`unexpected ${this.describeHere()}; expected a value`);
  }

  private parseObject(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    this.pos++; // {
    this.skipSpace();
    if (this.s[this.pos] === '}') {
      this.pos++;
      return { ...out };
    }
    for (;;) {
      this.skipSpace();
      if (this.s[this.pos] !== '"') this.fail(this.s[this.pos] === '}' ? "trailing comma before '}'" : `expected a property name in double quotes, found ${this.describeHere()}`);
      const keyStart = this.pos;
      const key = this.parseString();
      if (Object.prototype.hasOwnProperty.call(out, key)) {
        this.pos = keyStart;
        this.fail(`duplicate property "${key}"`);
      }
      this.skipSpace();
      if (this.s[this.pos] !== ':') this.fail(`expected ':' after the property name "${key}", found ${this.describeHere()}`);
      this.pos++;
      this.skipSpace();
      out[key] = this.parseValue();
      this.skipSpace();
      const c = this.s[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        return { ...out };
      }
      this.fail(`expected ',' or '}' after a property value, found ${this.describeHere()}`);
    }
  }

  private parseArray(): unknown[] {
    const out: unknown[] = [];
    this.pos++; // [
    this.skipSpace();
    if (this.s[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.s[this.pos] === ']') this.fail("trailing comma before ']'");
      out.push(this.parseValue());
      this.skipSpace();
      const c = this.s[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        return out;
      }
      this.fail(`expected ',' or ']' after an array element, found ${this.describeHere()}`);
    }
  }

  private parseString(): string {
    this.pos++; // opening quote
    let out = '';
    let runStart = this.pos;
    for (;;) {
      if (this.pos >= this.s.length) this.fail('unterminated string');
      const code = this.s.charCodeAt(this.pos);
      if (code === 0x22) {
        out += this.s.slice(runStart, this.pos);
        this.pos++;
        return out;
      }
      if (code < 0x20) this.fail(code === 0x0a || code === 0x0d ? 'line break inside a string (write it as \\n)' : 'control character inside a string');
      if (code === 0x5c) {
        out += this.s.slice(runStart, this.pos);
        const e = this.s[this.pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          this.pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(this.pos + 2, this.pos + 6))) {
          out += String.fromCharCode(parseInt(this.s.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
        } else {
          this.pos++;
          this.fail(`invalid escape sequence \\${e ?? ''}`);
        }
        runStart = this.pos;
        continue;
      }
      this.pos++;
    }
  }

  private parseNumber(): number {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.s.slice(this.pos, this.pos + 400));
    if (!m) this.fail(`invalid number starting with ${this.describeHere()}`);
    this.pos += m[0].length;
    return Number(m[0]);
  }

  private skipSpace(): void {
    for (;;) {
      const c = this.s.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.pos++;
      else if (c === 0x2f && (this.s[this.pos + 1] === '/' || this.s[this.pos + 1] === '*')) this.fail('comments are not allowed in JSON');
      else return;
    }
  }

  private describeHere(): string {
    if (this.pos >= this.s.length) return 'end of file';
    const c = this.s[this.pos];
    return c === '\n' || c === '\r' ? 'line break' : `'${c}'`;
  }

  private position(): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < this.pos && i < this.s.length; i++) {
      if (this.s[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: this.pos - lineStart + 1 };
  }

  private fail(problem: string): never {
    const { line, column } = this.position();
    throw new JsonSyntaxError(line, column, problem);
  }
}
