// Finds where a JSON pointer's value sits in JSON text, so the editor can put the cursor on each schema error.
// Runs in the browser; only called on text that JSON.parse accepted.

export interface TextSpan {
  /** Offsets into the text, end exclusive. */
  from: number;
  to: number;
  /** 1-based. */
  line: number;
  column: number;
}

type Segment = string | number;

/**
 * The span of the value at `pointer` (RFC 6901). When that value does not exist (a missing required property), the span of
 * the nearest ancestor that does, so the cursor still lands where the fix belongs. Null if the text is not JSON.
 */
export function locateJsonPointer(text: string, pointer: string): TextSpan | null {
  const spans = new Map<string, { from: number; to: number }>();
  try {
    new Scanner(text, spans).document();
  } catch {
    return null;
  }
  let segments = pointer === "" ? [] : pointer.slice(1).split("/");
  for (;;) {
    const key = segments.length ? `/${segments.join("/")}` : "";
    const found = spans.get(key);
    if (found) return { ...found, ...lineAndColumn(text, found.from) };
    if (!segments.length) return null;
    segments = segments.slice(0, -1);
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function escapeSegment(segment: Segment): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** A small recursive-descent reader that records each value's span under its pointer; depth is bounded by the 64 KiB cap. */
class Scanner {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly spans: Map<string, { from: number; to: number }>,
  ) {}

  document() {
    this.value("");
    this.space();
    if (this.i !== this.text.length) throw new Error("trailing text");
  }

  private space() {
    while (this.i < this.text.length && " \t\n\r\uFEFF".includes(this.text[this.i])) this.i++;
  }

  private value(pointer: string) {
    this.space();
    const from = this.i;
    const ch = this.text[this.i];
    if (ch === "{") this.object(pointer);
    else if (ch === "[") this.array(pointer);
    else if (ch === '"') this.string();
    else this.scalar();
    this.spans.set(pointer, { from, to: this.i });
  }

  private object(pointer: string) {
    this.i++;
    this.space();
    if (this.text[this.i] === "}") {
      this.i++;
      return;
    }
    for (;;) {
      this.space();
      const key = JSON.parse(this.text.slice(this.i, this.string())) as string;
      this.space();
      if (this.text[this.i++] !== ":") throw new Error("expected ':'");
      this.value(`${pointer}/${escapeSegment(key)}`);
      this.space();
      const next = this.text[this.i++];
      if (next === "}") return;
      if (next !== ",") throw new Error("expected ',' or '}'");
    }
  }

  private array(pointer: string) {
    this.i++;
    this.space();
    if (this.text[this.i] === "]") {
      this.i++;
      return;
    }
    for (let index = 0; ; index++) {
      this.value(`${pointer}/${index}`);
      this.space();
      const next = this.text[this.i++];
      if (next === "]") return;
      if (next !== ",") throw new Error("expected ',' or ']'");
    }
  }

  /** Skips a string and returns the offset after its closing quote. */
  private string(): number {
    const start = this.i;
    if (this.text[this.i] !== '"') throw new Error("expected a string");
    for (this.i++; this.i < this.text.length; this.i++) {
      const ch = this.text[this.i];
      if (ch === "\\") this.i++;
      else if (ch === '"') {
        this.i++;
        return this.i;
      }
    }
    this.i = start;
    throw new Error("unterminated string");
  }

  private scalar() {
    const match = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.i, this.i + 64));
    if (!match) throw new Error("unexpected character");
    this.i += match[0].length;
  }
}
