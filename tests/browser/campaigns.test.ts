import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

/** The public form refuses a post sooner than a person could type it (server/signals/form-stamp.ts). */
const FORM_MIN_MS = 2_000;
const AGEING_QUESTION =
  "Qu'est-ce qui vous manque, ou manque à vos parents âgés, pour bien vieillir chez soi ?";

describe("ADRESS asks Rouen what it lacks (appel à révélation)", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("an officer opens a campaign from the signals page, with French dates", async () => {
    const page = await app.newPage();
    await signIn(page, "adress@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    await app.visit(page, "/signaux");
    await page.getByRole("link", { name: "Campagnes d'appel à révélation" }).click();
    await page.waitForURL("**/campagnes");
    await page.getByRole("heading", { level: 1, name: "Campagnes" }).waitFor();
    expect(await page.getByRole("link", { name: "Bien vieillir à Rouen" }).count()).toBe(1);
    await checkPage(page);

    await page.getByRole("link", { name: "Ouvrir une campagne" }).click();
    await page.waitForURL("**/campagnes/nouvelle");
    await page.getByLabel("Titre").fill("Saint-Sever 2026");
    await page.getByLabel("Question posée").fill("Qu'est-ce qui manque à Saint-Sever ?");
    await page.getByRole("button", { name: "Ouvrir la campagne" }).click();
    await page
      .getByRole("alert")
      .getByText(/Le formulaire contient 2 erreur/)
      .waitFor();
    expect(await page.getByLabel("Titre").inputValue()).toBe("Saint-Sever 2026");
    await checkPage(page);

    await page.getByLabel("Ouverture le").fill("2026-11-27");
    await page.getByLabel("Clôture le").fill("2027-01-15");
    await page.getByRole("button", { name: "Ouvrir la campagne" }).click();
    await page.waitForURL(/\/campagnes\/[0-9a-f-]{36}\?done=ouverte$/);
    await page
      .getByRole("status")
      .getByText(/La campagne est ouverte/)
      .waitFor();
    await page.getByRole("link", { name: /\/f\/adress\/campagnes\/saint-sever-2026$/ }).waitFor();
    await checkPage(page);
  });

  it("without JavaScript a resident answers the open campaign from the Fabrique's page; it is grouped", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await app.visit(page, "/f/adress");
    await page.getByRole("link", { name: AGEING_QUESTION }).click();
    await page.waitForURL("**/f/adress/campagnes/bien-vieillir-rouen");
    const servedAt = Date.now();
    await page.getByRole("heading", { level: 1, name: AGEING_QUESTION }).waitFor();
    await checkPage(page);

    await page.getByRole("radio", { name: "Un besoin non couvert" }).check();
    await page.getByLabel("Titre").fill("Personne pour accompagner mon père chez le médecin");
    await page
      .getByLabel("Description")
      .fill("Mon père ne conduit plus et aucun service ne l'accompagne à ses rendez-vous médicaux.");
    await page.getByLabel("Territoire concerné").fill("Rouen");
    await page.getByRole("checkbox", { name: "Bien vieillir" }).check();
    await page.getByLabel("Vous êtes").selectOption({ label: "Habitant·e" });
    await page.getByLabel("Votre nom").fill("Karim Haddad");
    await page.getByLabel("Votre adresse e-mail").fill("karim.haddad@exemple.fr");
    await page.getByRole("checkbox", { name: /J'accepte qu'ADRESS enregistre/ }).check();
    await expect
      .poll(() => Date.now() - servedAt, { timeout: 5_000, interval: 100 })
      .toBeGreaterThan(FORM_MIN_MS);
    await page.getByRole("button", { name: "Envoyer ma remontée" }).click();
    await page.waitForURL("**/f/adress/proposer/merci");

    const officer = await app.newPage();
    await signIn(officer, "adress@essaim.demo");
    await officer.waitForURL((url) => url.pathname !== "/connexion");
    await app.visit(officer, "/campagnes");
    await officer.getByRole("link", { name: "Bien vieillir à Rouen" }).click();
    await officer.getByRole("heading", { level: 2, name: "Remontées reçues (1)" }).waitFor();
    await officer.getByRole("link", { name: "Personne pour accompagner mon père chez le médecin" }).waitFor();
    await checkPage(officer);
  });

  it("a closed campaign's page says so and offers the Fabrique's form instead", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await app.visit(page, "/f/adress/campagnes/hauts-de-rouen-2026");
    await page.getByText(/Cette campagne s'est terminée le 30 juin 2026/).waitFor();
    expect(await page.getByRole("button", { name: "Envoyer ma remontée" }).count()).toBe(0);
    await page
      .getByRole("link", { name: "Vous pouvez toujours proposer une remontée à la Fabrique" })
      .waitFor();
  });
});

describe("saved views", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("an officer saves the signals filters under a name, opens them again, and deletes the view", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "adress@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    await app.visit(page, "/signaux?kind=need&page=1");
    await page.getByText("Enregistrer ces filtres").click();
    await page.getByLabel("Nom de la vue").fill("Mes besoins");
    await page.getByRole("button", { name: "Enregistrer la vue" }).click();
    await page.waitForURL("**/signaux?kind=need#vues-enregistrees");
    await checkPage(page);

    await app.visit(page, "/signaux");
    await page.getByRole("link", { name: "Mes besoins" }).click();
    await page.waitForURL("**/signaux?kind=need");
    expect(await page.getByLabel("Type").inputValue()).toBe("need");

    await page.getByText("Supprimer Mes besoins").click();
    await page.getByLabel("Je confirme la suppression").check();
    await page.getByRole("button", { name: "Supprimer définitivement" }).click();
    await page.waitForURL("**/signaux?kind=need#vues-enregistrees");
    expect(await page.getByRole("link", { name: "Mes besoins" }).count()).toBe(0);
    await checkPage(page);
  });

  it("with JavaScript, a view of the initiatives list is saved the same way and is the user's only", async () => {
    const page = await app.newPage();
    await signIn(page, "adress@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    await app.visit(page, "/projets?vue=tableau&entryPoint=need&page=1");
    await page.getByText("Enregistrer ces filtres").click();
    await page.getByLabel("Nom de la vue").fill("Besoins en tableau");
    await page.getByRole("button", { name: "Enregistrer la vue" }).click();
    const link = page.getByRole("link", { name: "Besoins en tableau" });
    await link.waitFor();
    // The old address (`?vue=tableau`) is redirected: the view is saved with the English names.
    expect(await link.getAttribute("href")).toBe("/projets?view=table&entryPoint=need");
    await checkPage(page);

    const other = await app.newPage();
    await signIn(other, "emergence@essaim.demo");
    await other.waitForURL((url) => url.pathname !== "/connexion");
    await app.visit(other, "/projets");
    expect(await other.getByRole("link", { name: "Besoins en tableau" }).count()).toBe(0);
  });
});
