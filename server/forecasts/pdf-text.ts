import { inflateSync } from "node:zlib";

/**
 * The text a PDF written by pdfkit with the standard fonts shows, for tests: every content stream
 * inflated, the hex strings of its `TJ` operators decoded (WinAnsi, close enough to Latin-1 for
 * French) and the lines joined by spaces.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  const lines: string[] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\]\s*TJ/g)) {
      const hex = [...op[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join("");
      lines.push(Buffer.from(hex, "hex").toString("latin1"));
    }
  }
  return lines.join(" ").replace(/\s+/g, " ");
}
