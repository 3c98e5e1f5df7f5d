import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

/** The Planoise canteen's call of the demo, closed on 16 November 2026 and waiting for its jury. */
const callId = "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c3001";
const cuisineId = "7e2d1b63-4a1f-4c8b-8b72-1d6b3f8c3301";

/** Scores one application from its page: each criterion's mark, then the review is submitted. */
async function score(page: Page, marks: Record<string, string>): Promise<void> {
  for (const [criterion, mark] of Object.entries(marks)) {
    await page
      .getByRole("group", { name: new RegExp(criterion) })
      .getByLabel("Note sur 5")
      .fill(mark);
  }
  await page.getByRole("button", { name: "Valider mon évaluation" }).click();
  await page.getByText("Votre évaluation est validée.").waitFor();
  await checkPage(page);
}

describe("the jury of émergence Franche-Comté scores the canteen's applications and the copil decides", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("France Active, an invited partner, finds the call, declares a conflict and scores without JavaScript", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "franceactive@essaim.demo");
    await app.visit(page, "/appels");
    await page.getByRole("heading", { name: "Les appels dont vous êtes membre du jury" }).waitFor();
    await app.visit(page, `/appels/${callId}/jury`);
    // Nothing of the others' scores before one's own review.
    await page.getByRole("cell", { name: "Cachée jusqu'à votre évaluation" }).first().waitFor();
    await page.getByText("Déclarer un conflit avec Régie de quartier de Planoise").first().click();
    await page
      .getByRole("button", { name: "Déclarer un conflit avec Régie de quartier de Planoise" })
      .click();
    await page.getByText("Conflit d'intérêts déclaré").waitFor();
    expect(await page.getByText("Régie de quartier de Planoise").count()).toBe(0);
    await checkPage(page);
    await page.getByRole("link", { name: "Noter Association Cuisine en partage" }).waitFor();
    await app.visit(page, `/appels/${callId}/jury/${cuisineId}`);
    await page.getByRole("heading", { level: 1, name: /Association Cuisine en partage/ }).waitFor();
    await page.getByText("Une cantine tenue par une salariée").waitFor();
    await checkPage(page);
    // A mark off the scale is named on its criterion, and what was typed stays.
    await page
      .getByRole("group", { name: /Solidité du projet/ })
      .getByLabel("Note sur 5")
      .fill("7");
    await page.getByRole("button", { name: "Enregistrer sans valider" }).click();
    await page
      .getByRole("alert")
      .getByText(/Donnez une note entière entre 0 et 5/)
      .waitFor();
    await checkPage(page);
    await score(page, { "Solidité du projet": "4", "Place des habitants": "5" });
    // The partner may not open the team's pages of the call.
    expect((await page.goto(`/appels/${callId}/gestion`))?.status()).toBe(404);
    expect((await page.goto(`/appels/${callId}/decision`))?.status()).toBe(404);
  });

  it("the team scores, reads the table, deliberates and records the copil's decision; applicants are told", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "emergence@essaim.demo");
    await page.waitForURL("**/tableau-de-bord");
    await app.visit(page, "/fabriques/emergence/appels");
    await page
      .getByRole("link", { name: "Appel à candidatures : porter la cantine de quartier de Planoise" })
      .click();
    await page.waitForURL(`**/appels/${callId}/gestion`);
    await checkPage(page);
    await page.getByText("Association Cuisine en partage").first().waitFor();
    await app.visit(page, `/appels/${callId}/jury`);
    await page.getByRole("link", { name: "Noter Association Cuisine en partage" }).click();
    await score(page, { "Solidité du projet": "5", "Place des habitants": "4" });
    await app.visit(page, `/appels/${callId}/jury`);
    await page.getByRole("link", { name: "Noter Régie de quartier de Planoise" }).click();
    await score(page, { "Solidité du projet": "3", "Place des habitants": "3" });

    await app.visit(page, `/appels/${callId}/tableau`);
    // Cuisine en partage: (2×4/5 + 5/5)/3 = 86.7 and (2×5/5 + 4/5)/3 = 93.3, mean 90, spread 6.7.
    const cuisine = page.getByRole("row", { name: /Association Cuisine en partage/ });
    await cuisine.getByRole("cell", { name: "90", exact: true }).waitFor();
    await cuisine.getByRole("cell", { name: "6,7", exact: true }).waitFor();
    await page.getByLabel("Rang proposé pour Association Cuisine en partage").fill("1");
    await page.getByLabel("Rang proposé pour Régie de quartier de Planoise").fill("1");
    await page.getByRole("button", { name: "Enregistrer la délibération" }).click();
    await page
      .getByRole("alert")
      .getByText(/deux candidatures ont le même rang/)
      .waitFor();
    await checkPage(page);
    await page.getByLabel("Rang proposé pour Régie de quartier de Planoise").fill("2");
    await page.getByLabel("Notes de la délibération").fill("Cuisine en partage associe mieux les habitants.");
    await page.getByRole("button", { name: "Enregistrer la délibération" }).click();
    await page.getByText("La délibération est enregistrée.").waitFor();

    await app.visit(page, `/appels/${callId}/decision`);
    await page.getByText("cuisine-en-partage@exemple.demo").waitFor();
    await page.getByText("regie-planoise@exemple.demo").waitFor();
    await page
      .getByRole("group", { name: /Chef de file/ })
      .getByLabel(/Association Cuisine en partage/)
      .check();
    await page.getByLabel("Les raisons du choix").fill("Le jury place Cuisine en partage en tête.");
    await page.getByLabel("Le message de la Fabrique aux candidats").fill("Merci à chacune des structures.");
    await page.getByRole("button", { name: "Enregistrer la décision et prévenir les candidats" }).click();
    await page
      .getByText("La décision est enregistrée et les candidats sont prévenus par courriel.")
      .waitFor();
    await page.getByText(/Association Cuisine en partage : Retenue, chef de file/).waitFor();
    await page.getByText(/Régie de quartier de Planoise : Non retenue/).waitFor();
    await checkPage(page);

    // The team's call page offers the copil's files; each link downloads its file.
    await app.visit(page, `/appels/${callId}/gestion`);
    for (const [name, type] of [
      ["Télécharger les candidatures (tableur XLSX)", "spreadsheetml"],
      ["Télécharger le tableau du jury (tableur XLSX)", "spreadsheetml"],
      ["Télécharger le tableau du jury pour le comité de pilotage (PDF)", "application/pdf"],
    ] as const) {
      const href = await page.getByRole("link", { name }).getAttribute("href");
      const file = await page.request.get(href!);
      expect(file.status()).toBe(200);
      expect(file.headers()["content-type"]).toContain(type);
      expect(file.headers()["content-disposition"]).toContain("attachment");
    }
  });
});
