import { beforeValue } from "./french";

/**
 * Fill `{name}` placeholders of a catalogue string, with the French contractions the value calls
 * for ("de {fabrique}" with ADRESS reads "d'ADRESS"; see `french.ts`).
 */
export function t(template: string, params: Record<string, string | number> = {}): string {
  let out = "";
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const key = match[1]!;
    out += template.slice(last, match.index);
    last = match.index + match[0].length;
    if (!(key in params)) {
      out += match[0];
      continue;
    }
    const value = String(params[key]);
    out = beforeValue(out, value) + value;
  }
  return out + template.slice(last);
}
