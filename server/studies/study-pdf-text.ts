/**
 * The standard PDF fonts speak WinAnsi (Latin-1 plus a few typographic signs): French text fits,
 * but Intl's narrow no-break spaces, arrows or emoji would print as garbage. Pure, tested.
 */
const winAnsiExtras = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const replacements: Record<string, string> = {
  "\u202f": " ",
  "\u00a0": " ",
  "\u2009": " ",
  "\u2011": "-",
  "\u2010": "-",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2265": ">=",
  "\u2264": "<=",
  "\u2212": "-",
  "\u2032": "'",
};

export function toWinAnsi(value: string): string {
  let out = "";
  for (const char of value.normalize("NFC")) {
    const code = char.codePointAt(0)!;
    if (replacements[char] !== undefined) out += replacements[char];
    else if (code === 10 || code === 9 || (code >= 32 && code <= 126) || (code >= 160 && code <= 255))
      out += char;
    else if (winAnsiExtras.has(char)) out += char;
    else if (code > 255) out += "?";
  }
  return out;
}
