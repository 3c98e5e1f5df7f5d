import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORM_MIN_MS, signFormStamp } from "../../server/signals/form-stamp";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

describe("a resident signals a need to ADRESS", () => {
  let app: BrowserApp;
  let signalPath = "";
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("without JavaScript: the form says what is wrong per field, keeps what was typed, and gives a receipt", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await app.visit(page, "/f/adress");
    await page.getByRole("link", { name: "Signaler à la Fabrique" }).click();
    await page.waitForURL("**/f/adress/proposer");
    const servedAt = Date.now();
    await page
      .getByRole("heading", { level: 1, name: "Signaler un besoin, une idée, une ressource" })
      .waitFor();
    await checkPage(page);

    // Half filled: the messages of the missing fields, and the typed title kept.
    await page.getByLabel("Titre").fill("Plus de services de proximité pour les aînés");
    await page.getByRole("button", { name: "Envoyer ma remontée" }).click();
    const summary = page.getByRole("alert");
    await summary.getByText("Choisissez ce que vous signalez.").waitFor();
    for (const message of [
      "Décrivez la situation en au moins 20 caractères.",
      "Indiquez le territoire concerné (commune, EPCI, département…).",
      "Choisissez au moins un thème.",
      "Dites qui vous êtes.",
      "Indiquez votre nom (2 caractères au moins).",
      "Cochez la case pour accepter le traitement de vos données ; sans cela nous ne pouvons rien enregistrer.",
    ]) {
      expect(await summary.getByText(message).count()).toBe(1);
    }
    expect(await page.getByLabel("Titre").inputValue()).toBe("Plus de services de proximité pour les aînés");
    await checkPage(page);

    await page.getByRole("radio", { name: "Un besoin non couvert" }).check();
    await page
      .getByLabel("Description")
      .fill(
        "Dans les Hauts de Rouen, les personnes âgées n'ont plus de commerce ni d'aide pour les démarches.",
      );
    await page.getByLabel("Territoire concerné").fill("Rouen");
    await page.getByRole("checkbox", { name: "Bien vieillir" }).check();
    await page.getByLabel("Vous êtes").selectOption({ label: "Habitant·e" });
    await page.getByLabel("Votre nom").fill("Claire Martin");
    await page.getByLabel("Votre adresse e-mail").fill("claire.martin@exemple.fr");
    await page.getByRole("checkbox", { name: /J'accepte qu'ADRESS enregistre/ }).check();
    // The minimum time is the rule under test: wait until a person could have typed the form.
    await expect
      .poll(() => Date.now() - servedAt, { timeout: 5_000, interval: 100 })
      .toBeGreaterThan(FORM_MIN_MS);
    await page.getByRole("button", { name: "Envoyer ma remontée" }).click();

    await page.waitForURL("**/f/adress/proposer/merci");
    await page.getByRole("heading", { level: 1, name: "Merci, votre remontée est enregistrée" }).waitFor();
    const reference = await page.getByText(/Votre référence : ADR-2026-\d{4}/).textContent();
    expect(reference).toMatch(/ADR-2026-\d{4}/);
    await checkPage(page);

    // The receipt prints the private follow-up link (issue 17); there the submitter asks to be
    // told of each change, with a plain form post.
    const followUp = await page.locator('a[href*="/suivi/"]').getAttribute("href");
    expect(followUp).toMatch(/\/suivi\/[^/]+$/);
    await app.visit(page, new URL(followUp!).pathname);
    await page.getByRole("heading", { level: 1, name: "Le suivi de votre remontée" }).waitFor();
    await page.getByRole("checkbox", { name: "Me prévenir par courriel de chaque changement" }).check();
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Vous serez prévenu·e par courriel de chaque changement.").waitFor();
    await checkPage(page);
  });

  it("with JavaScript: the territory is picked in the combobox; a post sent at once is refused as too fast", async () => {
    const page = await app.newPage();
    await app.visit(page, "/f/adress/proposer");
    await page.getByRole("radio", { name: "Un local ou une ressource disponible" }).check();
    await page.getByLabel("Titre").fill("Ancienne supérette vacante aux Hauts de Rouen");
    await page
      .getByLabel("Description")
      .fill("Un local commercial de 120 m² est vide depuis un an, au pied des immeubles du quartier.");
    const combobox = page.getByRole("combobox", { name: /Territoire concerné/ });
    await combobox.pressSequentially("rouen");
    await page.getByRole("option", { name: /^Rouen\s+Commune · Seine-Maritime \(76\)/ }).click();
    await page.getByRole("checkbox", { name: "Bien vieillir" }).check();
    await page.getByLabel("Vous êtes").selectOption({ label: "Association" });
    await page.getByLabel("Votre nom").fill("Association des aînés du plateau");
    await page.getByLabel("Votre adresse e-mail").fill("contact@aines-plateau.example");
    await page.getByRole("checkbox", { name: /J'accepte qu'ADRESS enregistre/ }).check();
    await checkPage(page);

    // A stamp signed with the app's own secret, dated a few seconds ahead: the post comes sooner
    // after it than a person could type, however loaded the machine running the test is. The
    // refusal keeps that stamp, so the second post waits until it has the minimum age.
    const secret = readFileSync(path.join(app.dataDir, "secret.key"), "utf8").trim();
    const issuedAt = Date.now() + 4_000;
    await page.locator("input[name=stamp]").evaluate(
      (input, value) => {
        (input as HTMLInputElement).value = value;
      },
      signFormStamp(secret, new Date(issuedAt)),
    );
    await page.getByRole("button", { name: "Envoyer ma remontée" }).click();
    await page
      .getByRole("alert")
      .getByText(/envoyé trop vite/)
      .waitFor();
    expect(await page.getByLabel("Titre").inputValue()).toBe("Ancienne supérette vacante aux Hauts de Rouen");
    expect(await combobox.inputValue()).toMatch(/Rouen/);

    await expect
      .poll(() => Date.now() - issuedAt, { timeout: 10_000, interval: 100 })
      .toBeGreaterThan(FORM_MIN_MS + 500);
    await page.getByRole("button", { name: "Envoyer ma remontée" }).click();
    await page.waitForURL("**/f/adress/proposer/merci");
    await page.getByText(/Votre référence : ADR-2026-\d{4}/).waitFor();
    await checkPage(page);
  }, 60_000);

  it("the receipt shows only in the browser that sent the form: no reference can be probed", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    for (const reference of ["ADR-2026-0001", "ADR-2026-9999"]) {
      const response = await app.visit(page, `/f/adress/proposer/merci?reference=${reference}`);
      expect(response.status()).toBe(404);
      await page.getByRole("heading", { level: 1, name: "Aucun reçu à afficher ici" }).waitFor();
      expect(await page.getByText(/Merci, votre remontée est enregistrée/).count()).toBe(0);
    }
    await checkPage(page);
  });

  it("a robot that fills the hidden field is kept but marked; the team finds it under suspected and confirms it", async () => {
    const robot = await app.newPage({ javaScriptEnabled: false });
    await app.visit(robot, "/f/adress/proposer");
    const servedAt = Date.now();
    await robot.getByRole("radio", { name: "Un besoin non couvert" }).check();
    await robot.getByLabel("Titre").fill("Achetez des montres pas chères en ligne");
    await robot
      .getByLabel("Description")
      .fill("Des montres de luxe à prix cassés, livraison offerte partout en France.");
    await robot.getByLabel("Territoire concerné").fill("Rouen");
    await robot.getByRole("checkbox", { name: "Bien vieillir" }).check();
    await robot.getByLabel("Vous êtes").selectOption({ label: "Entreprise" });
    await robot.getByLabel("Votre nom").fill("Montres Express");
    await robot.getByLabel("Votre adresse e-mail").fill("vente@montres.example");
    await robot.getByRole("checkbox", { name: /J'accepte qu'ADRESS enregistre/ }).check();
    await robot.locator("input[name=website]").fill("http://montres.example", { force: true });
    await expect
      .poll(() => Date.now() - servedAt, { timeout: 5_000, interval: 100 })
      .toBeGreaterThan(FORM_MIN_MS);
    await robot.getByRole("button", { name: "Envoyer ma remontée" }).click();
    // The robot learns nothing: the same receipt as anyone.
    await robot.waitForURL("**/f/adress/proposer/merci");
    await robot.getByText(/Votre référence : ADR-2026-\d{4}/).waitFor();

    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "adress@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    await app.visit(page, "/signaux");
    await page
      .getByRole("status")
      .getByText(/remontée\(s\) suspecte\(s\) à vérifier/)
      .waitFor();
    await page.getByRole("link", { name: "Les voir" }).click();
    await page.waitForURL("**/signaux?spam=suspected");
    await checkPage(page);
    await page.getByRole("link", { name: "Achetez des montres pas chères en ligne" }).click();
    await page.getByRole("heading", { level: 2, name: "Remontée suspecte" }).waitFor();
    await page.getByText(/que seuls les robots voient/).waitFor();
    await checkPage(page);
    await page.getByRole("button", { name: "Confirmer : indésirable" }).click();
    await page.getByRole("status").getByText("Remontée marquée comme indésirable.").waitFor();
    await app.visit(page, "/signaux");
    expect(await page.getByRole("link", { name: "Achetez des montres pas chères en ligne" }).count()).toBe(0);
  });

  it("an officer of ADRESS finds it in the list and qualifies it", async () => {
    const page = await app.newPage();
    await signIn(page, "adress@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    await app.visit(page, "/signaux?territory=epci:200023414");
    await page.getByRole("heading", { level: 1, name: "Remontées" }).waitFor();
    await checkPage(page);
    await page.getByRole("link", { name: "Plus de services de proximité pour les aînés" }).first().click();
    await page.waitForURL(/\/signaux\/[0-9a-f-]{36}$/);
    signalPath = new URL(page.url()).pathname;
    await checkPage(page);

    // What already exists: catalogue models found by the catalogue's search, each with why it matched.
    const models = page.getByRole("region", { name: "Modèles du catalogue qui y répondent" });
    expect(await models.getByRole("link").count()).toBeGreaterThan(0);
    expect(await models.getByText(/Pourquoi ce résultat/).count()).toBeGreaterThan(0);

    // Rejecting without a reason is refused, with the reason said.
    const reject = page.getByRole("form", { name: "Écarter" });
    await reject.getByRole("button", { name: "Écarter" }).click();
    await page.getByText("Un motif d'au moins 5 caractères est obligatoire.").first().waitFor();

    await page.getByRole("form", { name: "Qualifier" }).getByRole("button", { name: "Qualifier" }).click();
    await page.getByRole("status").getByText("Statut changé.").waitFor();
    expect(await page.getByText("Nouvelle → Qualifiée").count()).toBe(1);
    await checkPage(page);
  });

  it("two officers edit it at once: the later save is refused with a clear message and keeps its text", async () => {
    expect(signalPath).not.toBe("");
    const first = await app.newPage({ javaScriptEnabled: false });
    const second = await app.newPage({ javaScriptEnabled: false });
    for (const page of [first, second]) {
      await signIn(page, "adress@essaim.demo");
      await page.waitForURL((url) => url.pathname !== "/connexion");
      await page.goto(`${signalPath}/modifier`);
    }
    await checkPage(first);
    await first.getByLabel("Titre").fill("Conciergerie pour les aînés des Hauts de Rouen");
    await first.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await first.getByRole("status").getByText("Remontée enregistrée.").waitFor();

    await second.getByLabel("Titre").fill("Services de proximité, Hauts de Rouen");
    await second.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await second
      .getByRole("alert")
      .getByText(/Quelqu'un a modifié cette remontée/)
      .waitFor();
    expect(await second.getByLabel("Titre").inputValue()).toBe("Services de proximité, Hauts de Rouen");
    await checkPage(second);
    // Saving again, knowingly, applies the second officer's text.
    await second.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await second.getByRole("heading", { level: 1, name: /Services de proximité, Hauts de Rouen/ }).waitFor();
  });

  it("a partner who did not submit it does not find it", async () => {
    expect(signalPath).not.toBe("");
    const page = await app.newPage();
    await signIn(page, "partenaire@essaim.demo");
    await page.waitForURL((url) => url.pathname !== "/connexion");
    const response = await app.visit(page, signalPath);
    expect(response.status()).toBe(404);
  });
});
