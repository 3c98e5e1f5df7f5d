import { describe, expect, it } from "vitest";
import { personalDataHtml } from "./personal-data-html";

describe("the readable copy of a person's data", () => {
  const data = {
    exportedAt: "2026-12-07T10:00:00.000Z",
    account: {
      id: "u1",
      email: "lea@exemple.test",
      name: "Léa <script>alert(1)</script>",
      isNetworkAnimator: false,
      createdAt: "2026-01-01T00:00:00.000Z",
    },
    sections: [
      {
        table: "signal",
        column: "submitter_email",
        rows: [{ title: "Épicerie & <b>bourg</b>", extra: { a: 1 } }],
      },
    ],
  };

  it("shows every section as a table, with what people typed escaped", () => {
    const html = personalDataHtml(data);
    expect(html).toContain("Données personnelles de Léa &lt;script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain("<td>Épicerie &amp; &lt;b&gt;bourg&lt;/b&gt;</td>");
    expect(html).toContain("signal (par submitter_email) : 1 ligne(s)");
    expect(html).toContain("<td>{&quot;a&quot;:1}</td>");
  });

  it("says so when nothing else names the person", () => {
    expect(personalDataHtml({ ...data, sections: [] })).toContain("Aucune autre donnée ne vous concerne.");
  });
});
