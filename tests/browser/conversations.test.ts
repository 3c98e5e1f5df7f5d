import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

const rouen = "00000000-0000-4000-8000-0000000001a1";

describe("an ADRESS officer talks about the Rouen conciergerie", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("without JavaScript: opens a team-only thread (a mention outside it is named, the text stays), edits it, reads the old text", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "adress@essaim.demo");
    await page.waitForURL("**/tableau-de-bord");
    await app.visit(page, `/projets/${rouen}/echanges`);
    await page.getByText("Aucun échange sur ce projet pour l'instant.").waitFor();
    await checkPage(page);
    await page.locator("#visibilite-team").check();
    await page.getByLabel("Message", { exact: true }).fill("Le budget du local reste entre nous.");
    await page.getByLabel("Mentionner (facultatif)").fill("personne@ailleurs.fr");
    await page.getByRole("button", { name: "Publier" }).click();
    await page.getByRole("alert").getByText("personne@ailleurs.fr", { exact: false }).waitFor();
    expect(await page.getByLabel("Message", { exact: true }).inputValue()).toBe(
      "Le budget du local reste entre nous.",
    );
    await checkPage(page);
    await page.getByLabel("Mentionner (facultatif)").fill("");
    await page.getByRole("button", { name: "Publier" }).click();
    await page.waitForURL(/done=ouvert/);
    await page
      .getByRole("article", { name: "Équipe seulement" })
      .getByRole("paragraph")
      .filter({ hasText: "Le budget du local reste entre nous." })
      .waitFor();
    await checkPage(page);

    await page.getByText("Modifier", { exact: true }).first().click();
    await page.getByLabel("Nouveau texte").fill("Le budget du local reste entre nous jusqu'au copil.");
    await page.getByRole("button", { name: "Enregistrer la modification" }).click();
    await page.waitForURL(/done=modifie/);
    await page.getByText("Voir les versions précédentes (1)").click();
    await page.getByText("Le budget du local reste entre nous.", { exact: true }).waitFor();
    await checkPage(page);
  });
});
