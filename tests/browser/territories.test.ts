import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

const qpvFixture = fileURLToPath(
  new URL("../../server/territories/fixtures/qpv-anct-sample.csv", import.meta.url),
);

describe("finding a territory", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("a visitor types « pontarl », picks Pontarlier with the keyboard and opens its page", async () => {
    const page = await app.newPage();
    await app.visit(page, "/territoires");
    const combobox = page.getByRole("combobox", { name: "Chercher un territoire" });
    await combobox.pressSequentially("pontarl");
    const option = page.getByRole("option", { name: /Pontarlier\s+Commune · Doubs \(25\)/ });
    await option.waitFor();
    expect(await combobox.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "proposé" }).count()).toBe(1);
    await checkPage(page);

    await combobox.press("ArrowDown");
    expect(await combobox.getAttribute("aria-activedescendant")).toBe(await option.getAttribute("id"));
    expect(await option.getAttribute("aria-selected")).toBe("true");
    await combobox.press("Enter");
    await page.waitForURL("**/territoires/commune/25462");
    await page.getByRole("heading", { level: 1, name: "Pontarlier" }).waitFor();
    await checkPage(page);
    const hierarchy = page.getByRole("navigation", { name: "Fait partie de" });
    expect(await hierarchy.getByRole("link", { name: /CC du Grand Pontarlier/ }).getAttribute("href")).toBe(
      "/territoires/epci/242500338",
    );
  });

  it("Escape closes the suggestions without choosing", async () => {
    const page = await app.newPage();
    await page.goto("/territoires");
    const combobox = page.getByRole("combobox", { name: "Chercher un territoire" });
    await combobox.pressSequentially("saint etienne");
    await page.getByRole("option", { name: /^Saint-Étienne\s+Commune · Loire/ }).waitFor();
    await combobox.press("Escape");
    await expect.poll(() => combobox.getAttribute("aria-expanded")).toBe("false");
    expect(page.url()).toMatch(/\/territoires$/);
  });

  it("without JavaScript, the search is a plain form whose results link to the pages", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await app.visit(page, "/territoires");
    await page.getByLabel("Chercher un territoire").fill("25300");
    await page.getByRole("button", { name: "Chercher" }).click();
    await page.waitForURL("**/territoires?q=25300**");
    await page.getByRole("heading", { name: "Résultats pour « 25300 »" }).waitFor();
    await checkPage(page);
    await page.getByRole("link", { name: "Pontarlier", exact: true }).click();
    await page.waitForURL("**/territoires/commune/25462");
    await page.getByRole("heading", { level: 1, name: "Pontarlier" }).waitFor();
  });

  it("an EPCI page lists its communes and the département map has a table alternative", async () => {
    const page = await app.newPage();
    await app.visit(page, "/territoires/epci/242500338");
    const table = page.getByRole("table", { name: /Communes de CC du Grand Pontarlier/ });
    expect(await table.getByRole("row").count()).toBe(11);
    await app.visit(page, "/territoires?carte=region");
    await page.getByRole("img", { name: "Population par région" }).waitFor();
    await page.getByText("Voir les données de la carte en tableau").click();
    const regions = page.getByRole("table", { name: "Population par région" });
    expect(await regions.getByRole("link", { name: "Bourgogne-Franche-Comté" }).getAttribute("href")).toBe(
      "/territoires/region/27",
    );
  });

  it("the network animator imports the QPV list from the upload page and the flag appears", async () => {
    const page = await app.newPage();
    await signIn(page, "animation@essaim.demo");
    await page.waitForURL((url) => !url.pathname.startsWith("/connexion"));
    await app.visit(page, "/territoires/importer");
    await page.getByLabel(/Quartiers prioritaires/).check();
    await page.getByLabel("Fichier").setInputFiles(qpvFixture);
    await page.getByRole("button", { name: "Importer" }).click();
    await page
      .getByText("Import terminé : 3 territoire(s) écrit(s) depuis « qpv-anct-sample.csv ».")
      .waitFor();
    await checkPage(page);
    await app.visit(page, "/territoires/commune/49007");
    await page.getByText("1 quartier(s) prioritaire(s) (QPV)").waitFor();
    await page.getByRole("link", { name: "Belle Beille" }).waitFor();
  });

  it("the upload page does not exist for a Fabrique's officer", async () => {
    const page = await app.newPage();
    await signIn(page, "adress@essaim.demo");
    await page.waitForURL((url) => !url.pathname.startsWith("/connexion"));
    const response = await page.goto("/territoires/importer");
    expect(response?.status()).toBe(404);
  });
});
