/**
 * Latin letters folded to plain ASCII, lower case: accents removed ("É" → "e") and the letters
 * that are not an accented letter written out ("œ" → "oe", "æ" → "ae", "ß" → "ss", "ø" → "o"…).
 * Other characters are left as they are, for the caller to replace.
 */
export function foldLatin(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[œæßøłđðþĳﬀﬁﬂﬃﬄﬅﬆ]/g, (letter) => letterSpelling[letter] ?? letter);
}

const letterSpelling: Record<string, string> = {
  œ: "oe",
  æ: "ae",
  ß: "ss",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ĳ: "ij",
  ﬀ: "ff",
  ﬁ: "fi",
  ﬂ: "fl",
  ﬃ: "ffi",
  ﬄ: "ffl",
  ﬅ: "st",
  ﬆ: "st",
};
