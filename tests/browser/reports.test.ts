import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

describe("reports", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("the animator chooses a year without JavaScript and finds the Pontarlier story among the launches", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "animation@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Rapports" })
      .click();
    await page.waitForURL((url) => url.pathname === "/rapports");
    await page.getByRole("textbox", { name: "Du" }).fill("01/01/2017");
    await page.getByRole("textbox", { name: "Au" }).fill("31/12/2017");
    await page.getByRole("combobox", { name: "Périmètre", exact: true }).selectOption("network");
    await page.getByRole("button", { name: "Afficher le rapport" }).click();
    await page.waitForURL((url) => url.searchParams.get("from") === "01/01/2017");
    await checkPage(page);
    const launches = page.getByRole("table", { name: "Activités lancées pendant la période" });
    await launches.getByRole("cell", { name: "VERT'uOSE Pontarlier" }).waitFor();
    expect(await launches.getByRole("row").count()).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it("keeps what was typed and names the field when the period is wrong", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "adress@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    const response = await app.visit(page, "/rapports?from=31/12/2026&to=01/01/2026");
    expect(response.status()).toBe(200);
    await page.getByRole("alert").getByText("La date de fin doit être le même jour").waitFor();
    expect(await page.getByRole("textbox", { name: "Au" }).inputValue()).toBe("01/01/2026");
  });

  it("shows the funder partner its programme's report, and a 404 for the network", async () => {
    const page = await app.newPage();
    await signIn(page, "partenaire@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    const own = await app.visit(page, "/rapports?from=2026-01-01&to=2026-12-31");
    expect(own.status()).toBe(200);
    await page.getByRole("heading", { level: 2, name: /Contrat de ville de Rouen/ }).waitFor();
    const network = await app.visit(page, "/rapports?scope=network");
    expect(network.status()).toBe(404);
  });

  it("tells someone who may read no report why, without a form or a figure", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "porteur@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    const response = await app.visit(page, "/rapports?from=2026-01-01&to=2026-12-31");
    expect(response.status()).toBe(200);
    await page.getByText("Aucun rapport ne vous est ouvert.").waitFor();
    await checkPage(page);
    expect(await page.getByRole("button", { name: "Afficher le rapport" }).count()).toBe(0);
    expect(await page.getByRole("table").count()).toBe(0);
    expect((await app.visit(page, "/rapports?scope=network")).status()).toBe(200);
  });
});
