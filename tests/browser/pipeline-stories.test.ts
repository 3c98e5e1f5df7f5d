import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

/**
 * The three stories of product.md, played through the pages on the demo data: each dossier is
 * built the way an officer would, and each stage move is made only once the dossier holds what
 * its guard asks for.
 */

/** A story visits some forty pages, each checked with axe-core. */
const STORY_TIMEOUT_MS = 300_000;

async function move(app: BrowserApp, page: Page, initiativeUrl: string, stage: string) {
  await app.visit(page, initiativeUrl);
  await page.getByRole("button", { name: `Passer à l'étape « ${stage} »` }).click();
  await page.getByText("Le projet a changé d'étape ; c'est noté au journal.").waitFor();
}

async function addPartner(
  app: BrowserApp,
  page: Page,
  initiativeUrl: string,
  organisation: string,
  role: string,
) {
  await app.visit(page, `${initiativeUrl}/partenaires`);
  await page.getByLabel(/^Acteur de l'annuaire/).selectOption({ label: organisation });
  await page.getByLabel(/^Rôle/).first().selectOption({ label: role });
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await page.getByText("Le partenaire a été ajouté.").waitFor();
}

/** The sections a version needs before it may be marked final (`requiredStudySections`). */
const requiredSections = [
  "2. Besoins et éléments de preuve",
  "3. Offre existante et complémentarité",
  "4. Parangonnage des solutions",
  "6. Offre de service proposée",
  "7. Modèle économique",
  "8. Partenaires et gouvernance",
  "9. Scénarios de portage et forme juridique",
  "10. Impact attendu et indicateurs",
  "11. Risques",
];

async function finalStudy(app: BrowserApp, page: Page, initiativeUrl: string, recommendation: string) {
  await app.visit(page, `${initiativeUrl}/etude`);
  for (const label of requiredSections) {
    const field = page.getByLabel(new RegExp(`^${label.replace(/\./g, "\\.")}`));
    if (!(await field.inputValue())) await field.fill(`${label.slice(3)} : vu avec le groupe-projet.`);
  }
  await page.getByLabel(/^12\. Recommandation/).fill(recommendation);
  await page.getByRole("button", { name: "Enregistrer une nouvelle version" }).click();
  await page.getByText("Nouvelle version enregistrée.").waitFor();
  await page.getByRole("button", { name: "Marquer la version 1 comme définitive" }).click();
  await page.getByText("Version marquée comme définitive.").waitFor();
  await checkPage(page);
}

async function copilGo(
  app: BrowserApp,
  page: Page,
  initiativeUrl: string,
  values: { title: string; participants: string[]; path: string; model?: string; rationale: string },
) {
  await app.visit(page, `${initiativeUrl}/reunions`);
  await page.getByRole("link", { name: "Planifier une réunion" }).click();
  await page.getByLabel("Type de réunion").selectOption({ label: "Comité de pilotage" });
  await page.getByLabel("Titre").fill(values.title);
  await page.getByLabel("Date (obligatoire)", { exact: true }).fill("20/11/2026");
  await page.getByLabel("Heure de début").fill("9h30");
  await page.getByLabel("Heure de fin").fill("11h");
  for (const name of values.participants) await page.getByRole("checkbox", { name, exact: true }).check();
  await page.getByRole("button", { name: "Créer la réunion" }).click();
  await page.waitForURL(/\/reunions\/[0-9a-f-]+\?done=creee/);
  await page.getByText("Enregistrer une décision", { exact: true }).first().click();
  await page.getByLabel("Décision (obligatoire)", { exact: true }).selectOption({ label: "Go" });
  await page.getByLabel(/^Suite de l'étude d'opportunité/).selectOption({ label: values.path });
  if (values.model)
    await page.getByLabel(/^Modèle du catalogue à essaimer/).selectOption({ label: values.model });
  await page.getByLabel("Motif").fill(values.rationale);
  await page.getByLabel("Qui a décidé").fill(`${values.title} : ${values.participants.join(", ")}`);
  await page.getByRole("button", { name: "Enregistrer une décision" }).click();
  await page.waitForURL(/done=decision/);
  await page.getByText(values.rationale).waitFor();
  await checkPage(page);
}

async function carrierAndHandover(
  app: BrowserApp,
  page: Page,
  initiativeUrl: string,
  carrier: { kind: string; name: string },
) {
  await app.visit(page, `${initiativeUrl}/porteur`);
  await page.getByLabel(/^Type de porteur/).selectOption({ label: carrier.kind });
  await page.getByLabel(/^Nom/).first().fill(carrier.name);
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await page.getByText("Porteur envisagé ajouté.").waitFor();
  await page.getByRole("button", { name: `Retenir ${carrier.name}` }).click();
  await page.getByText("Porteur retenu.").waitFor();
  await checkPage(page);
}

async function recordHandover(app: BrowserApp, page: Page, initiativeUrl: string) {
  await app.visit(page, `${initiativeUrl}/porteur`);
  await page.getByRole("checkbox", { name: "L'étude d'opportunité" }).check();
  await page.getByRole("checkbox", { name: "Les contacts" }).check();
  await page.getByLabel(/^Conditions/).fill("La Fabrique accompagne le lancement pendant un an.");
  await page.getByLabel(/^Date de la transmission/).fill("2026-11-25");
  await page.getByRole("button", { name: "Enregistrer la transmission" }).click();
  await page.getByText("Transmission enregistrée.").waitFor();
}

async function recordOutcome(
  app: BrowserApp,
  page: Page,
  initiativeUrl: string,
  values: { kind: string; model?: string; activity: string; jobs: string },
) {
  await app.visit(page, `${initiativeUrl}/porteur`);
  await page.getByRole("radio", { name: values.kind }).check();
  if (values.model) await page.getByLabel(/^Modèle essaimé/).selectOption({ label: values.model });
  await page.getByLabel(/^Nom de l'activité/).fill(values.activity);
  await page.getByLabel(/^Date d'ouverture/).fill("2026-11-26");
  await page.getByLabel(/^Emplois créés/).fill(values.jobs);
  await page.getByRole("button", { name: "Enregistrer le lancement" }).click();
  await page.getByText("Lancement enregistré.").waitFor();
  await checkPage(page);
}

async function journalStages(app: BrowserApp, page: Page, initiativeUrl: string) {
  await app.visit(page, `${initiativeUrl}/journal`);
  await checkPage(page);
  return page.locator("ol.journal > li").allTextContents();
}

describe("the three seed stories, end to end in the browser", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it(
    "Rouen, from a need: signal → groupe-projet → study → copil go → existing structure as carrier → launch (without JavaScript)",
    async () => {
      const page = await app.newPage({ javaScriptEnabled: false });
      await signIn(page, "adress@essaim.demo");
      await page.waitForURL("**/tableau-de-bord");

      await app.visit(page, "/signaux/nouveau");
      await page.getByLabel(/^Ce que vous signalez/).selectOption({ label: "Besoin non couvert" });
      await page.getByLabel(/^Titre/).fill("Les aînés de la Grand'Mare manquent de services de proximité");
      await page
        .getByLabel(/^Description/)
        .fill(
          "Les équipes de la Ville signalent qu'il n'y a plus ni commerce ni aide aux démarches dans le quartier.",
        );
      await page.getByLabel(/^Territoire/).fill("Rouen");
      await page.getByRole("checkbox", { name: "Bien vieillir" }).check();
      await page.getByLabel(/^Canal/).selectOption({ label: "Commanditaire" });
      await page.getByRole("button", { name: "Enregistrer la remontée" }).click();
      await page.waitForURL(/\/signaux\/[0-9a-f-]+\?done=enregistre/);

      await page.getByRole("link", { name: "Créer un projet à partir de cette remontée" }).click();
      await page.waitForURL(/\/projets\/nouveau\?signal=/);
      await checkPage(page);
      await page.getByLabel(/^Intitulé du projet/).fill("Conciergerie seniors de la Grand'Mare");
      await page.getByRole("button", { name: "Créer le projet" }).click();
      await page.waitForURL(/\/projets\/[0-9a-f-]+\?done=cree/);
      const url = new URL(page.url()).pathname;
      await checkPage(page);

      await move(app, page, url, "Repérage des besoins");
      await move(app, page, url, "Qualification / co-construction");
      // The next move waits for the groupe-projet: the page says so and offers no button to press.
      await page.getByText(/Le groupe-projet doit être constitué/).waitFor();
      expect(
        await page.getByRole("button", { name: "Passer à l'étape « Étude d'opportunité »" }).isDisabled(),
      ).toBe(true);

      await addPartner(
        app,
        page,
        url,
        "Association des aînés des Hauts de Rouen (démo)",
        "Membre du groupe-projet",
      );
      await addPartner(app, page, url, "AG2R La Mondiale", "Financeur");
      await move(app, page, url, "Étude d'opportunité");
      await finalStudy(
        app,
        page,
        url,
        "Go : une conciergerie multiservice centrée sur les seniors, portée par une structure du quartier.",
      );
      await copilGo(app, page, url, {
        title: "Comité de pilotage de restitution",
        participants: ["Ville de Rouen", "AG2R La Mondiale"],
        path: "Créer un nouveau modèle",
        rationale: "Le potentiel économique est validé ; une première offre de services est retenue.",
      });
      await move(app, page, url, "Recherche du porteur");
      await carrierAndHandover(app, page, url, {
        kind: "Structure existante",
        name: "Régie de quartier de la Grand'Mare",
      });
      await move(app, page, url, "Transmission & faisabilité");
      await recordHandover(app, page, url);
      await move(app, page, url, "Accompagnement au lancement");
      await recordOutcome(app, page, url, {
        kind: "Une nouvelle activité d'une structure existante",
        activity: "Conciergerie seniors de la Grand'Mare",
        jobs: "1,5",
      });
      const journal = (await journalStages(app, page, url)).join("\n");
      for (const line of [
        "Étape « Qualification / co-construction » → « Étude d'opportunité »",
        "Étape « Transmission & faisabilité » → « Accompagnement au lancement »",
        "Porteur retenu : Régie de quartier de la Grand'Mare",
      ]) {
        expect(journal).toContain(line);
      }
    },
    STORY_TIMEOUT_MS,
  );

  it(
    "Pontarlier, from the catalogue: VERT'uOSE → meeting with the partners → study → launch recorded as a replication, in the model's lineage (with JavaScript)",
    async () => {
      const page = await app.newPage();
      await signIn(page, "emergence@essaim.demo");
      await page.waitForURL("**/tableau-de-bord");
      await app.visit(page, "/catalogue?q=restaurant+locavore+inclusif");
      await page.getByRole("link", { name: "VERT'uOSE, restaurant locavore inclusif" }).first().click();
      await page.getByRole("link", { name: "Essaimer ce modèle sur mon territoire" }).click();
      await page.waitForURL(/\/projets\/nouveau\?model=/);
      await page.getByText("Pour essaimer le modèle").waitFor();
      await page.getByLabel(/^Intitulé du projet/).fill("Restaurant locavore inclusif du Haut-Doubs");
      const territory = page.getByRole("combobox", { name: /^Territoire/ });
      await territory.pressSequentially("pontarlier");
      await page.getByRole("option", { name: /^Pontarlier\s+Commune/ }).click();
      await page.getByRole("button", { name: "Créer le projet" }).click();
      await page.waitForURL(/\/projets\/[0-9a-f-]+\?done=cree/);
      const url = new URL(page.url()).pathname;
      const modelHref = await page
        .getByRole("link", { name: "VERT'uOSE, restaurant locavore inclusif" })
        .getAttribute("href");

      await move(app, page, url, "Repérage des besoins");
      await app.visit(page, `${url}/reunions`);
      await page.getByRole("link", { name: "Planifier une réunion" }).click();
      await page.getByLabel("Type de réunion").selectOption({ label: "Groupe-projet" });
      await page.getByLabel("Titre").fill("Réunion autour du modèle VERT'uOSE");
      await page.getByLabel("Date (obligatoire)", { exact: true }).fill("12/11/2026");
      await page.getByLabel("Heure de début").fill("14h");
      await page.getByLabel("Heure de fin").fill("16h");
      for (const name of [
        "Communauté de communes du Grand Pontarlier",
        "Solivers",
        "Adapei du Doubs",
        "France Active Franche-Comté",
      ]) {
        await page.getByRole("checkbox", { name, exact: true }).check();
      }
      await page.getByRole("button", { name: "Créer la réunion" }).click();
      await page.waitForURL(/\/reunions\/[0-9a-f-]+\?done=creee/);
      await checkPage(page);

      await move(app, page, url, "Qualification / co-construction");
      await move(app, page, url, "Étude d'opportunité");
      await finalStudy(app, page, url, "Go : essaimer VERT'uOSE avec l'Adapei du Doubs comme porteur.");
      await copilGo(app, page, url, {
        title: "Comité de pilotage du plan d'affaires",
        participants: ["Communauté de communes du Grand Pontarlier", "France Active Franche-Comté"],
        path: "Essaimer un modèle du catalogue",
        model: "VERT'uOSE, restaurant locavore inclusif",
        rationale: "Le plan d'affaires tient ; l'Adapei du Doubs porte le restaurant.",
      });
      await move(app, page, url, "Recherche du porteur");
      await carrierAndHandover(app, page, url, {
        kind: "Structure existante",
        name: "Adapei du Doubs (restaurant)",
      });
      await move(app, page, url, "Transmission & faisabilité");
      await recordHandover(app, page, url);
      await move(app, page, url, "Accompagnement au lancement");
      await recordOutcome(app, page, url, {
        kind: "L'essaimage d'un modèle du catalogue",
        model: "VERT'uOSE, restaurant locavore inclusif",
        activity: "VERT'uOSE du Haut-Doubs",
        jobs: "6",
      });

      // The model's public page now lists this launch among its replications.
      const visitor = await app.newPage();
      await app.visit(visitor, modelHref!);
      await visitor.getByRole("heading", { name: "Essaimages" }).waitFor();
      await visitor.getByText("VERT'uOSE du Haut-Doubs").waitFor();
      await checkPage(visitor);
    },
    STORY_TIMEOUT_MS,
  );

  it(
    "Bordeaux, a model built to measure: IAE actors' request → study → no existing solution → new model → launch → proposed to the catalogue (without JavaScript)",
    async () => {
      const page = await app.newPage({ javaScriptEnabled: false });
      await signIn(page, "atis@essaim.demo");
      await page.waitForURL("**/tableau-de-bord");
      await app.visit(page, "/projets/nouveau");
      await page.getByLabel(/^Intitulé du projet/).fill("Institut de beauté d'insertion pour les femmes");
      await page
        .getByLabel(/^En une phrase/)
        .fill(
          "Un institut de beauté où travaillent des femmes en insertion et qui finance des soins socio-esthétiques.",
        );
      await page
        .getByLabel(/^Description/)
        .fill(
          "Les structures d'insertion demandent des réponses pour les femmes éloignées de l'emploi ; l'estime de soi est un levier de retour à l'emploi.",
        );
      await page.getByLabel(/^Point d'entrée/).selectOption({ label: "Un besoin non couvert" });
      await page.getByLabel(/^Territoire/).fill("Bordeaux");
      await page.getByRole("checkbox", { name: "Insertion et emploi" }).check();
      await page
        .getByLabel(/^Commanditaire/)
        .selectOption({ label: "Chantier d'insertion des Chartrons (démo)" });
      await page.getByRole("button", { name: "Créer le projet" }).click();
      await page.waitForURL(/\/projets\/[0-9a-f-]+\?done=cree/);
      const url = new URL(page.url()).pathname;

      await app.visit(page, `${url}/reunions`);
      await page.getByRole("link", { name: "Planifier une réunion" }).click();
      await page.getByLabel("Type de réunion").selectOption({ label: "Atelier d'idéation" });
      await page.getByLabel("Titre").fill("Atelier avec les structures d'insertion");
      await page.getByLabel("Date (obligatoire)", { exact: true }).fill("05/11/2026");
      await page.getByLabel("Heure de début").fill("9h30");
      await page.getByLabel("Heure de fin").fill("12h");
      await page.getByRole("button", { name: "Créer la réunion" }).click();
      await page.waitForURL(/\/reunions\/[0-9a-f-]+\?done=creee/);

      await move(app, page, url, "Repérage des besoins");
      await move(app, page, url, "Qualification / co-construction");
      await addPartner(
        app,
        page,
        url,
        "Collectif de socio-esthéticiennes de Gironde (démo)",
        "Membre du groupe-projet",
      );
      await move(app, page, url, "Étude d'opportunité");
      await finalStudy(
        app,
        page,
        url,
        "Aucune solution n'existe localement ni ailleurs : créer un modèle nouveau.",
      );
      await copilGo(app, page, url, {
        title: "Comité de pilotage de l'étude",
        participants: ["Département de la Gironde", "Ville de Bordeaux"],
        path: "Créer un nouveau modèle",
        rationale: "Aucun modèle existant : on crée un institut de beauté d'insertion.",
      });
      await move(app, page, url, "Recherche du porteur");
      await carrierAndHandover(app, page, url, {
        kind: "Structure à créer",
        name: "Institut solidaire à créer",
      });
      await move(app, page, url, "Transmission & faisabilité");
      await recordHandover(app, page, url);
      await move(app, page, url, "Accompagnement au lancement");
      await recordOutcome(app, page, url, {
        kind: "Une nouvelle structure",
        activity: "Institut de beauté solidaire",
        jobs: "5",
      });
      await page.getByRole("button", { name: "Créer le brouillon de modèle" }).click();
      await page.getByText("Brouillon de modèle créé.").waitFor();
      await page
        .getByRole("link", { name: "Modèle proposé au catalogue : Institut de beauté solidaire" })
        .first()
        .click();
      await page.waitForURL(/\/catalogue\/[0-9a-f-]+/);
      await page.getByText("Brouillon").first().waitFor();
      await checkPage(page);
    },
    STORY_TIMEOUT_MS,
  );
});
