import { afterAll, beforeAll, describe, it } from "vitest";
import { demoIds } from "../../server/seed/demo-ids";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

describe("the carrier's own card and a Fabrique's launched activities", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("anyone reads on the Fabrique's public page the activities its initiatives launched", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await app.visit(page, "/f/adress");
    await page.getByRole("heading", { level: 2, name: "Activités lancées" }).waitFor();
    await page.getByText("Conciergerie seniors des Hauts de Rouen").waitFor();
    await page.getByText("ouverte le 2 mars 2026").waitFor();
    await checkPage(page);
  });

  it("the carrier account keeps its structure's card up to date from the carrier page", async () => {
    const page = await app.newPage();
    await signIn(page, "porteur@essaim.demo");
    await page.waitForURL("**/tableau-de-bord");
    await app.visit(page, `/projets/${demoIds.initiatives.rouenConciergerie}/porteur`);
    await page.getByRole("link", { name: /^Modifier la fiche de votre structure/ }).click();
    await page.getByRole("heading", { level: 1, name: "La fiche de votre structure" }).waitFor();
    await checkPage(page);
    await page.getByLabel(/^Téléphone/).fill("02 35 00 00 00");
    await page.getByRole("button", { name: "Enregistrer la fiche" }).click();
    await page.waitForURL(/done=structure/);
    await page.getByText("La fiche de votre structure est enregistrée.").waitFor();
  });
});
