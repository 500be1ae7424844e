// JSON Schema patterns are ECMA-262 regular expressions without flags. The
// rules use `i` for addresses (`HTTPS://` is as good as `https://`), so the
// flag becomes part of the pattern: each ASCII letter matches both cases.

const isLetter = (c) => /[A-Za-z]/.test(c);
const both = (c) => (isLetter(c) ? c.toLowerCase() + c.toUpperCase() : c);
const swap = (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());

/** Copies an escape starting at `i` (the backslash); returns the text and the index after it. */
function escape(source, i) {
  const next = source[i + 1];
  let end = i + 2;
  if (next === 'u' && source[end] === '{') end = source.indexOf('}', end) + 1;
  else if (next === 'u') end += 4;
  else if (next === 'x') end += 2;
  else if ((next === 'p' || next === 'P') && source[end] === '{') end = source.indexOf('}', end) + 1;
  else if (next === 'c') end += 1;
  return [source.slice(i, end), end];
}

/** The contents of a character class (between `[` and `]`) with the other case of every letter added. */
function caselessClass(body) {
  let out = '';
  let extra = '';
  for (let i = 0; i < body.length; ) {
    if (body[i] === '\\') {
      const [text, end] = escape(body, i);
      out += text;
      i = end;
    } else if (isLetter(body[i]) && body[i + 1] === '-' && isLetter(body[i + 2] ?? '')) {
      out += body.slice(i, i + 3);
      extra += `${swap(body[i])}-${swap(body[i + 2])}`;
      i += 3;
    } else {
      out += body[i];
      if (isLetter(body[i])) extra += swap(body[i]);
      i++;
    }
  }
  return out + extra;
}

/** The pattern of `re` for a JSON Schema: its source, with an `i` flag spelled out. */
export function schemaPattern(re) {
  const unsupported = re.flags.replace(/[iu]/g, '');
  if (unsupported) throw new Error(`JSON Schema patterns cannot carry the flag(s) "${unsupported}" of ${re}`);
  if (!re.flags.includes('i')) return re.source;
  const source = re.source;
  let out = '';
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === '\\') {
      const [text, end] = escape(source, i);
      out += text;
      i = end;
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      const negated = source[i + 1] === '^';
      out += `[${negated ? '^' : ''}${caselessClass(source.slice(i + (negated ? 2 : 1), j))}]`;
      i = j + 1;
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i))) {
      // A quantifier's digits stay as they are.
      const end = source.indexOf('}', i) + 1;
      out += source.slice(i, end);
      i = end;
    } else {
      out += isLetter(c) ? `[${both(c)}]` : c;
      i++;
    }
  }
  return out;
}
