import { describe, expect, it } from "vitest";
import { canSeeThread, resolveMentions } from "./thread-rules";

describe("who reads a thread and whom a comment may mention", () => {
  it("a team-only thread is the team's alone; a thread open to partners is everyone's who sees the project", () => {
    expect(canSeeThread({ level: "team" }, "team")).toBe(true);
    for (const level of ["carrier", "partner", "network"] as const) {
      expect(canSeeThread({ level }, "team")).toBe(false);
      expect(canSeeThread({ level }, "partners")).toBe(true);
    }
  });

  const audience = [
    { userId: "a", name: "Élise Martin", email: "elise@fabrique.fr" },
    { userId: "b", name: "Karim Benali", email: "karim@asso.fr" },
  ];

  it("names people by e-mail or by name, with or without @, case and accents aside", () => {
    expect(resolveMentions(audience, "@elise martin, KARIM@asso.fr")).toEqual({
      userIds: ["a", "b"],
      unknown: [],
    });
    expect(resolveMentions(audience, "")).toEqual({ userIds: [], unknown: [] });
  });

  it("someone outside the thread's readers is refused, not silently skipped", () => {
    expect(resolveMentions(audience, "karim@asso.fr; paul@ailleurs.fr")).toEqual({
      userIds: ["b"],
      unknown: ["paul@ailleurs.fr"],
    });
  });
});
