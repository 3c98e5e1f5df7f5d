import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

describe("the catalogue of replicable models", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("lets a visitor without an account or JavaScript describe a need and see why models match", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await app.visit(page, "/catalogue");
    await page.getByLabel("Le besoin ou l'activité recherchée").fill("personnes âgées isolées");
    await page.getByRole("button", { name: "Chercher" }).click();
    await page.waitForURL(/q=personnes/);
    const results = page.getByRole("region", { name: /modèle\(s\) trouvé\(s\)/ });
    await results.getByRole("link", { name: /Chez Daddy/ }).waitFor();
    // The explanation names the synonym used for the officer's words.
    expect(await page.getByText(/« seniors » \(synonyme de « personnes âgées »\)/).count()).toBeGreaterThan(
      0,
    );
    await checkPage(page);
  });

  it("opens a model's public page with its sources, and says a draft does not exist to the public", async () => {
    const page = await app.newPage();
    await app.visit(page, "/catalogue?q=epicerie+itinerante");
    await page.getByRole("link", { name: "Épicerie itinérante", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: /Épicerie itinérante/ }).waitFor();
    await page.getByRole("heading", { name: "Sources" }).waitFor();
    await checkPage(page);

    const drafts = await app.visit(page, "/catalogue?statut=draft");
    expect(page.url()).toContain("/connexion");
    expect(drafts.status()).toBe(200);
  });

  it("lets an officer propose a model: French errors, nothing typed lost, then a draft of their Fabrique", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "emergence@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    await app.visit(page, "/catalogue/proposer");
    await page.getByLabel("Nom du modèle").fill("Atelier vélo solidaire");
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByLabel("Nom du modèle").inputValue()).toBe("Atelier vélo solidaire");
    await checkPage(page);

    await page
      .getByLabel("Résumé en une phrase")
      .fill("Réparer les vélos avec les habitants et en revendre d'occasion.");
    await page
      .getByRole("textbox", { name: /^Description/ })
      .fill(
        "Un atelier où chacun apprend à réparer son vélo, avec des bénévoles et un salarié en insertion.",
      );
    await page.getByRole("checkbox", { name: "Mobilité", exact: true }).check();
    await page.getByRole("textbox", { name: "Sources", exact: true }).fill("https://exemple.fr/atelier-velo");
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await page.getByRole("heading", { level: 1, name: /Atelier vélo solidaire/ }).waitFor();
    expect(await page.getByText("Brouillon").first().isVisible()).toBe(true);
    expect(await page.getByText("Proposé par émergence Franche-Comté").isVisible()).toBe(true);
  });

  it("shows the network animator the thesaurus and the import page, and a territory's existing offer", async () => {
    const page = await app.newPage();
    await signIn(page, "animation@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    await app.visit(page, "/catalogue/thesaurus");
    await page.getByRole("heading", { level: 1, name: "Thésaurus de la recherche" }).waitFor();
    expect(await page.getByRole("cell", { name: /personnes âgées · seniors/ }).count()).toBe(1);
    await app.visit(page, "/catalogue/importer");
    await page.getByLabel("Fichier JSON ou CSV").waitFor();
    await app.visit(page, "/offre?territoire=commune:25462");
    await page.getByRole("heading", { name: /service\(s\) sur le territoire : Pontarlier/ }).waitFor();
  });
});
