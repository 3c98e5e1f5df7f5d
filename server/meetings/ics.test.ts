import { describe, expect, it } from "vitest";
import { parisToInstant } from "../../shared/time";
import { buildIcs, escapeIcsText, foldIcsLine } from "./ics";

const event = {
  uid: "2f1c@essaim.example",
  stamp: new Date("2026-11-27T09:00:00.000Z"),
  start: parisToInstant("2026-12-03", "14:00"),
  end: parisToInstant("2026-12-03", "16:30"),
  summary: "Comité de pilotage ; conciergerie, Rouen",
  location: "Mairie de Rouen, salle 2",
  description: "Ordre du jour :\n1. Étude\n2. Décision \\ go",
};

describe("the meeting invitation (.ics)", () => {
  it("is a calendar with one event whose times are in UTC", () => {
    const ics = buildIcs(event);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("\r\nUID:2f1c@essaim.example\r\n");
    expect(ics).toContain("\r\nDTSTAMP:20261127T090000Z\r\n");
    // 14:00 in Paris in December (UTC+1) is 13:00 UTC.
    expect(ics).toContain("\r\nDTSTART:20261203T130000Z\r\n");
    expect(ics).toContain("\r\nDTEND:20261203T153000Z\r\n");
  });

  it("escapes commas, semicolons, backslashes and newlines in text", () => {
    expect(escapeIcsText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const ics = buildIcs(event);
    expect(ics).toContain("SUMMARY:Comité de pilotage \\; conciergerie\\, Rouen");
    expect(ics).toContain("LOCATION:Mairie de Rouen\\, salle 2");
    expect(ics).toContain("DESCRIPTION:Ordre du jour :\\n1. Étude\\n2. Décision \\\\ go");
  });

  it("folds long lines at 75 octets without splitting an accented character", () => {
    const line = `DESCRIPTION:${"é".repeat(100)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true);
    // Unfolding gives the line back.
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("leaves short lines alone and every line of a full invitation within 75 octets", () => {
    expect(foldIcsLine("SUMMARY:court")).toBe("SUMMARY:court");
    const ics = buildIcs({ ...event, description: "Un très long compte rendu, ".repeat(20) });
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("never lets a line break in a title, place or text add a property of its own (ICS injection)", () => {
    const ics = buildIcs({
      ...event,
      summary: "Copil\r\nATTENDEE;CN=x:mailto:x@evil.example\r\nBEGIN:VALARM",
      location: "Mairie\rURL:https://evil.example",
      description: "Ordre du jour\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Faux",
    });
    // Unfold the continuation lines, then every line is one of the invitation's own.
    const lines = ics.replace(/\r\n /g, "").split("\r\n").filter(Boolean);
    const names = lines.map((line) => /^[A-Z-]+/.exec(line)?.[0]);
    expect(names).toEqual([
      "BEGIN",
      "VERSION",
      "PRODID",
      "CALSCALE",
      "METHOD",
      "BEGIN",
      "UID",
      "DTSTAMP",
      "DTSTART",
      "DTEND",
      "SEQUENCE",
      "SUMMARY",
      "LOCATION",
      "DESCRIPTION",
      "END",
      "END",
    ]);
    expect(ics).not.toMatch(/[^\r]\n|\r[^\n]/);
    expect(ics).toContain("SUMMARY:Copil\\nATTENDEE\\;CN=x:mailto:x@evil.example\\nBEGIN:VALARM");
  });
});
