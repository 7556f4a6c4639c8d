// Where a setting lies in a configuration file's text, so that its problem is shown on it: one
// pass over the JSON, keeping the path to the current value, without recursion (a file nested ten
// thousand deep is text like any other) and in linear time.

export type JsonPath = Array<string | number>;

interface Frame {
  array: boolean;
  /** The key of the value being read (an object's property, an array's index). */
  key: string | number | null;
  expectKey: boolean;
}

/** The offset of the property key (or array element) at `path`; null when the text has none there. */
export function offsetOfPath(text: string, path: JsonPath): number | null {
  const stack: Frame[] = [];
  const matches = (): boolean => stack.length === path.length && stack.every((f, i) => f.key === path[i]);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ':') continue;
    const top = stack[stack.length - 1];
    if (c === ',') {
      if (top?.array) top.key = (top.key as number) + 1;
      else if (top) top.expectKey = true;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      continue;
    }
    if (top?.array && matches()) return i;
    if (c === '"') {
      const end = stringEnd(text, i);
      if (top && !top.array && top.expectKey) {
        top.key = decode(text.slice(i, end));
        top.expectKey = false;
        if (matches()) return i;
      }
      i = end - 1;
    } else if (c === '{') stack.push({ array: false, key: null, expectKey: true });
    else if (c === '[') stack.push({ array: true, key: 0, expectKey: false });
  }
  return path.length === 0 ? 0 : null;
}

/** Where the string that opens at `start` ends (after its closing quote). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

function decode(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}
