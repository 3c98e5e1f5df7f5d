import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, startApp } from "./harness";

describe("a visitor without an account", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("finds the three founding Fabriques of the demo network on the home page", async () => {
    const page = await app.newPage();
    const response = await app.visit(page, "/");
    expect(response.status()).toBe(200);

    const section = page.getByRole("region", { name: "Les Fabriques du réseau" });
    const founding = { adress: "ADRESS", emergence: "émergence Franche-Comté", atis: "ATIS" };
    for (const [slug, name] of Object.entries(founding)) {
      const link = section.getByRole("link", { name, exact: true });
      await link.waitFor();
      expect(await link.getAttribute("href")).toBe(`/f/${slug}`);
    }
    expect(await page.getByRole("link", { name: "Se connecter" }).first().isVisible()).toBe(true);
  });
});
