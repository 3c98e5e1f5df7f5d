import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

const princessInitiative = "00000000-0000-4000-8000-0000000001a3";
const princessForecast = "00000000-0000-4000-8000-0000000002f3";

describe("an ATIS officer works on the Princ'ESS forecast", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("changes the volume of beauty services and sees the break-even and the cash low point move, without a reload", async () => {
    const page = await app.newPage();
    await signIn(page, "atis@essaim.demo");
    await page.waitForURL("**/tableau-de-bord");
    await app.visit(page, `/previsionnels/${princessForecast}`);
    await page.getByRole("heading", { level: 2, name: "Central — institut Princ'ESS" }).waitFor();
    await checkPage(page);
    const keyFigures = page.getByRole("region", { name: "Chiffres clés" });
    const before = await keyFigures.textContent();
    // A marker that a full reload would drop.
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
    // The central scenario does not reach a lasting cumulative balance within 36 months.
    expect(before).toContain("non atteint");
    await page.getByLabel("Volume mensuel (croisière)").first().fill("420");
    await page
      .getByRole("region", { name: "Recettes et ressources" })
      .getByRole("button", { name: "Enregistrer la section" })
      .click();
    await expect
      .poll(() => keyFigures.textContent(), { timeout: 10_000 })
      .toMatch(/Équilibre cumulé atteint\s*mois \d+/);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    const cashLow = (text: string | null) =>
      /Point bas de trésorerie\s*(.+?\(\s*mois \d+\s*\))/.exec(text ?? "")?.[1];
    expect(cashLow(await keyFigures.textContent())).toBeTruthy();
    expect(cashLow(await keyFigures.textContent())).not.toBe(cashLow(before));
    await checkPage(page);

    // The XLSX carries the totals as formulas.
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Tableur (XLSX, formules)" }).click();
    // Saved as a local copy: the shared Chromium is connected to, so the download has no path here.
    const file = path.join(app.dataDir, "forecast.xlsx");
    await (await download).saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("Compte de résultat prévisionnel")!;
    let formulas = 0;
    sheet.eachRow((row) => {
      if (row.getCell(2).formula) formulas++;
    });
    expect(formulas).toBeGreaterThan(5);
  }, 90_000);

  it("without JavaScript: a wrong number is named, what was typed stays, and a new scenario starts empty", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "atis@essaim.demo");
    await page.waitForURL("**/tableau-de-bord");
    await app.visit(page, `/projets/${princessInitiative}/previsionnels`);
    await page.getByRole("heading", { name: "Comparaison des scénarios" }).waitFor();
    await page.getByLabel("Nom du scénario").fill("Prudent — saisie vierge");
    await page.getByLabel("Type de scénario").selectOption({ label: "Prudent" });
    await page.getByRole("button", { name: "Créer le scénario" }).click();
    await page.waitForURL(/\/previsionnels\/[0-9a-f-]+\?done=cree/);
    await page.getByText("Aucune ligne.").first().waitFor();
    await checkPage(page);

    const revenues = page.getByRole("region", { name: "Recettes et ressources" });
    await revenues.getByLabel("Nature").selectOption({ label: "Ventes (volume × prix)" });
    await revenues.getByLabel("Libellé").fill("Soins esthétiques");
    await revenues.getByRole("button", { name: "Ajouter la ligne" }).click();
    await page.waitForURL(/done=enregistre/);
    await page.getByLabel("Prix unitaire HT (€)").fill("trente-six");
    await page.getByLabel("Volume mensuel (croisière)").fill("300");
    await page
      .getByRole("region", { name: "Recettes et ressources" })
      .getByRole("button", { name: "Enregistrer la section" })
      .click();
    await page
      .getByRole("alert")
      .getByText(/Prix unitaire HT/)
      .waitFor();
    expect(await page.getByLabel("Prix unitaire HT (€)").inputValue()).toBe("trente-six");
    await checkPage(page);

    await page.getByLabel("Prix unitaire HT (€)").fill("1 234,50");
    await page
      .getByRole("region", { name: "Recettes et ressources" })
      .getByRole("button", { name: "Enregistrer la section" })
      .click();
    await expect.poll(() => page.getByLabel("Prix unitaire HT (€)").inputValue()).toBe("1234,5");
    expect(await page.getByRole("alert").count()).toBe(0);
  }, 90_000);

  it("no console error on the forecast pages, whatever the reader's time zone (hydration error #418)", async () => {
    // Far east and far west of the server: a date printed in the machine's zone differs on one of them.
    for (const timezoneId of ["Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      const context = await app.browser.newContext({ baseURL: app.url, locale: "fr-FR", timezoneId });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      await signIn(page, "animation@essaim.demo");
      await page.waitForURL(/tableau-de-bord|reseau/);
      const forecasts = ["0000000002f1", "0000000002f2", "0000000002f3"];
      const initiatives = ["0000000001a1", "0000000001a2", "0000000001a3"];
      for (const path of [
        ...forecasts.map((id) => `/previsionnels/00000000-0000-4000-8000-${id}`),
        ...initiatives.map((id) => `/projets/00000000-0000-4000-8000-${id}/previsionnels`),
        "/reseau/aides-aux-postes",
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await page.waitForLoadState("networkidle");
      }
      expect(errors, timezoneId).toEqual([]);
      await context.close();
    }
  }, 90_000);

  it("after a successful add the add form is empty, with and without JavaScript", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await app.newPage({ javaScriptEnabled });
      await signIn(page, "atis@essaim.demo");
      await page.waitForURL("**/tableau-de-bord");
      await app.visit(page, `/previsionnels/${princessForecast}`);
      const costs = page.getByRole("region", { name: "Charges" });
      const label = javaScriptEnabled ? "Assurance" : "Formation continue";
      await costs.getByLabel("Libellé", { exact: true }).last().fill(label);
      await costs.getByRole("button", { name: "Ajouter la ligne" }).click();
      await costs.getByRole("group", { name: label }).waitFor();
      await expect.poll(() => costs.getByLabel("Libellé", { exact: true }).last().inputValue()).toBe("");
      await checkPage(page);
    }
  }, 90_000);

  it("the network animator updates an aid-per-post amount with its source", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "animation@essaim.demo");
    await page.waitForURL(/tableau-de-bord|reseau/);
    const response = await app.visit(page, "/reseau/aides-aux-postes");
    expect(response.status()).toBe(200);
    await page.getByRole("heading", { level: 1, name: "Aides aux postes" }).waitFor();
    const aci = page.getByRole("region", {
      name: "Aide au poste IAE — atelier et chantier d'insertion (ACI)",
    });
    expect(await aci.getByLabel("Montant annuel (€)").inputValue()).toBe("23921");
    await aci.getByLabel("Montant annuel (€)").fill("24 500,00");
    await aci.getByLabel("Année").fill("2025");
    await aci.getByRole("button", { name: /Enregistrer/ }).click();
    await page.waitForURL(/done=enregistre/);
    await checkPage(page);
    expect(
      await page
        .getByRole("region", { name: "Aide au poste IAE — atelier et chantier d'insertion (ACI)" })
        .getByLabel("Montant annuel (€)")
        .inputValue(),
    ).toBe("24500");
  }, 90_000);
});
