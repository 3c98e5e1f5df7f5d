import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./app-process";
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

  it("lets an officer edit their draft without JavaScript, and keeps what they typed when someone saved meanwhile", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "emergence@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    await app.visit(page, "/catalogue/proposer");
    await page.getByLabel("Nom du modèle").fill("Recyclerie de montagne");
    await page
      .getByLabel("Résumé en une phrase")
      .fill("Collecter, réparer et revendre les objets du quotidien.");
    await page
      .getByRole("textbox", { name: /^Description/ })
      .fill("Une recyclerie associative qui collecte, répare et revend, avec des salariés en insertion.");
    await page.getByRole("checkbox", { name: "Mobilité", exact: true }).check();
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await page.getByRole("heading", { level: 1, name: /Recyclerie de montagne/ }).waitFor();
    const modelUrl = page.url().split("?")[0]!;

    await page.getByRole("link", { name: "Modifier", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: /Modifier le modèle/ }).waitFor();
    expect(await page.getByLabel("Nom du modèle").inputValue()).toBe("Recyclerie de montagne");
    await checkPage(page);

    // A second tab opens the same form, then the first one saves.
    const other = await app.newPage({ javaScriptEnabled: false });
    await signIn(other, "emergence@essaim.demo");
    await other.waitForURL((url) => url.pathname !== "/connexion");
    await other.goto(`${modelUrl}/modifier`);
    await page.getByLabel("Nom du modèle").fill("Recyclerie du Haut-Doubs");
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await page.getByRole("heading", { level: 1, name: /Recyclerie du Haut-Doubs/ }).waitFor();
    expect(await page.getByText("Les modifications du modèle sont enregistrées.").isVisible()).toBe(true);

    await other.getByLabel("Nom du modèle").fill("Ressourcerie des montagnes");
    await other.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await other.getByText(/rien n'a été écrasé/).waitFor();
    expect(await other.getByLabel("Nom du modèle").inputValue()).toBe("Ressourcerie des montagnes");
    await checkPage(other);
    // Saving again, knowingly, replaces the version saved meanwhile.
    await other.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await other.getByRole("heading", { level: 1, name: /Ressourcerie des montagnes/ }).waitFor();
  });

  it("asks the animator to confirm before removing a synonym group, then offers to restore it", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "animation@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    await app.visit(page, "/catalogue/thesaurus");
    const groupRow = () => page.getByRole("cell", { name: /personnes âgées · seniors/ });
    await page.getByRole("button", { name: /Supprimer le groupe « personnes âgées/ }).click();
    await page.getByText(/Supprimer le groupe « personnes âgées, seniors/).waitFor();
    await checkPage(page);
    await page.getByRole("link", { name: "Annuler" }).click();
    await page.getByText(/Supprimer le groupe « personnes âgées, seniors/).waitFor({ state: "detached" });
    await groupRow().waitFor();

    await page.getByRole("button", { name: /Supprimer le groupe « personnes âgées/ }).click();
    await page.getByRole("button", { name: "Confirmer" }).click();
    await page.getByText(/Groupe supprimé : personnes âgées · seniors/).waitFor();
    await page.waitForLoadState("load");
    expect(await groupRow().count()).toBe(0);
    await checkPage(page);
    await page.getByRole("button", { name: /Rétablir le groupe « personnes âgées/ }).click();
    await page.getByText("Le groupe est rétabli ; il sert dès la prochaine recherche.").waitFor();
    // The page streams: wait for the table rather than count it at once.
    await groupRow().waitFor();
  });

  it("maps a territory's existing offer, counting the services it cannot place", async () => {
    const page = await app.newPage();
    await signIn(page, "animation@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    await app.visit(page, "/offre");
    await page
      .getByLabel("Fichier JSON data·inclusion")
      .setInputFiles(path.join(repoRoot, "server", "offer", "fixtures", "offer-sample.json"));
    await page.getByRole("button", { name: "Importer", exact: true }).click();
    await page.getByText(/Services : 5 créé\(s\)/).waitFor();

    await app.visit(page, "/offre?territoire=departement:25");
    const map = page.getByRole("figure", { name: /placés sur la carte : Doubs/ });
    await map.waitFor();
    await page.waitForLoadState("load");
    expect(await map.getByRole("link", { name: /voir sa ligne dans le tableau/ }).count()).toBe(3);
    await page.getByText("1 service(s) sans coordonnées ne figurent pas sur la carte.").waitFor();
    await map.getByRole("link", { name: /^Épicerie solidaire/ }).click();
    await page.waitForURL(/#carte-service-\d+$/);
    await checkPage(page);
  });
});
