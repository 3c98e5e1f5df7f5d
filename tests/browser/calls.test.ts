import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

/** Moves the focus with Tab only until it reaches the control, as a keyboard user does. */
async function tabTo(page: Page, control: Locator): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    if (await control.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${control}`);
}

/** Tabs to a text field, empties it and types, keys only. */
async function typeInto(page: Page, control: Locator, value: string): Promise<void> {
  await tabTo(page, control);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(value);
}

/** A deadline a month ahead, as a French team types it. */
function deadlineAhead(): string {
  const day = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(day.getUTCDate())}/${two(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
}

describe("a structure answers a call for carriers of émergence Franche-Comté", () => {
  let app: BrowserApp;
  let callPath = "";
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("the team opens and publishes a call on a project looking for its carrier", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "emergence@essaim.demo");
    await page.waitForURL("**/tableau-de-bord");
    await app.visit(page, "/projets?q=Cantine");
    await page
      .getByRole("link", { name: /Cantine de quartier participative/ })
      .first()
      .click();
    await page.waitForURL(/\/projets\/[0-9a-f-]+$/);
    const id = new URL(page.url()).pathname.split("/")[2];
    await app.visit(page, `/projets/${id}/porteur`);
    await page.getByRole("link", { name: "Ouvrir un appel à candidatures" }).click();
    await page.getByRole("heading", { level: 1, name: "Ouvrir un appel à candidatures" }).waitFor();
    await checkPage(page);
    await page.getByLabel("Titre de l'appel").fill("Reprise de la cantine de quartier");
    await page.getByLabel("Présentation publique du projet").fill("Une cantine où les habitants cuisinent.");
    await page.getByRole("checkbox", { name: "L'étude d'opportunité" }).check();
    await page
      .getByLabel("Ce qui est attendu du porteur")
      .fill("Une structure de l'ESS qui emploie un cuisinier.");
    await page.getByLabel("Date limite (JJ/MM/AAAA)").fill(deadlineAhead());
    await page.getByLabel("Heure limite").fill("12:00");
    await page.getByLabel("Question posée").fill("Votre projet pour la cantine");
    await page.getByRole("checkbox", { name: "Réponse obligatoire" }).check();
    await page.getByLabel("Critère", { exact: false }).first().fill("Solidité du projet");
    await page.getByLabel("Poids (1 à 100)").fill("2");
    await page.getByLabel("Note la plus haute").fill("5");
    await page.getByLabel("Adresses des membres du jury").fill("emergence@essaim.demo");
    await page.getByRole("button", { name: "Publier l'appel" }).click();
    await page.waitForURL(/\/f\/emergence\/appels\/[0-9a-f-]+$/);
    callPath = new URL(page.url()).pathname;
    await checkPage(page);
  });

  it("without JavaScript and with the keyboard only: errors per field, then a draft and its receipt with the private link", async () => {
    expect(callPath).not.toBe("");
    const page = await app.newPage({ javaScriptEnabled: false });
    await app.visit(page, "/appels");
    await page.getByRole("link", { name: "Reprise de la cantine de quartier" }).waitFor();
    await app.visit(page, callPath);
    await page.getByRole("heading", { level: 1, name: "Reprise de la cantine de quartier" }).waitFor();
    await page
      .getByText(/Date limite : \d{1,2} \S+ \d{4} à 12:00 \(heure de Paris\)/)
      .first()
      .waitFor();

    // Half filled, sent with Enter: each wrong field is named, what was typed is kept.
    await typeInto(page, page.getByLabel(/^SIREN/), "123");
    await typeInto(page, page.getByLabel(/^Nom de la structure/), "Les Cuisines solidaires");
    await tabTo(page, page.getByRole("button", { name: "Déposer la candidature" }));
    await page.keyboard.press("Enter");
    const summary = page.getByRole("alert");
    await summary.getByText(/Le SIREN compte 9 chiffres/).waitFor();
    await summary.getByText(/Cochez la case pour accepter/).waitFor();
    expect(await page.getByLabel(/^Nom de la structure/).inputValue()).toBe("Les Cuisines solidaires");
    await checkPage(page);

    // Completed with the keyboard and kept as a draft.
    await typeInto(page, page.getByLabel(/^SIREN/), "775 670 417");
    await tabTo(page, page.getByLabel(/^Forme juridique/));
    await page.keyboard.type("Association");
    await typeInto(page, page.getByLabel(/^Code postal du siège/), "25000");
    await typeInto(
      page,
      page.getByLabel(/^Votre projet pour la cantine/),
      "Reprendre la cantine avec deux salariés.",
    );
    await typeInto(page, page.getByLabel(/^Nom et prénom/), "Nadia Roche");
    await typeInto(page, page.getByLabel(/^Adresse électronique/), "nadia.roche@exemple.fr");
    await tabTo(page, page.getByRole("checkbox", { name: /J'accepte que la Fabrique/ }));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Enregistrer le brouillon" }));
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/candidature\/cand_[^/?]+\?done=received$/);
    await page.getByText("Votre candidature est enregistrée").waitFor();
    await page.getByText("État : Brouillon").waitFor();
    const link = await page.getByRole("link", { name: /\/candidature\/cand_/ }).textContent();
    expect(link).toContain(new URL(page.url()).pathname);
    await checkPage(page);

    // From the private page (its referrer policy is same-origin, so the form's post carries its
    // Origin): the draft is sent, then withdrawn after a confirmation.
    await tabTo(page, page.getByRole("button", { name: "Déposer la candidature" }));
    await page.keyboard.press("Enter");
    await page.getByText("État : Déposée").waitFor();
    await checkPage(page);
    await tabTo(page, page.getByRole("link", { name: "Retirer ma candidature…" }));
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByRole("button", { name: "Oui, retirer la candidature" }));
    await page.keyboard.press("Enter");
    await page.getByText("Votre candidature est retirée.").waitFor();
    await page.getByText("État : Retirée").waitFor();
    await checkPage(page);
  });

  it("an unknown private link or another file answers 404", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    expect((await page.goto("/candidature/cand_inconnu"))?.status()).toBe(404);
    expect(
      (await page.goto("/candidature/cand_inconnu/pieces/00000000-0000-4000-8000-000000000000"))?.status(),
    ).toBe(404);
  });
});
