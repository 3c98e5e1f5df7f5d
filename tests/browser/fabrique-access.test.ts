import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

describe("a partner of one Fabrique", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("opens its own Fabrique but finds no page for another one", async () => {
    const page = await app.newPage();
    await signIn(page, "partenaire@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    await checkPage(page);

    // The partner's own Fabrique answers, so the refusal below is about the tenant, not a missing page.
    const own = await app.visit(page, "/fabriques/adress");
    expect(own.status()).toBe(200);
    await page.getByRole("heading", { level: 1, name: "ADRESS" }).waitFor();

    const other = await app.visit(page, "/fabriques/emergence");
    expect(other.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();
    expect(await page.getByText("émergence Franche-Comté").count()).toBe(0);
  });
});
