import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

const rouen = "00000000-0000-4000-8000-0000000001a1";

describe("an ADRESS officer runs the Rouen conciergerie's meetings", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("without JavaScript: plans a copil (a wrong time is named, the title stays), records a decision, attaches a file", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "adress@essaim.demo");
    await page.waitForURL("**/tableau-de-bord");
    await app.visit(page, `/projets/${rouen}/reunions`);
    await page.getByRole("link", { name: "Planifier une réunion" }).click();
    await page.getByLabel("Type de réunion").selectOption({ label: "Comité de pilotage" });
    await page.getByLabel("Titre").fill("Copil de suivi à 12 mois");
    await page.getByLabel("Date (obligatoire)", { exact: true }).fill("15/12/2026");
    await page.getByLabel("Heure de début").fill("14h");
    await page.getByLabel("Heure de fin").fill("25h");
    await page.getByLabel("Lieu").fill("Mairie de Rouen, salle 2");
    await page.getByRole("button", { name: "Créer la réunion" }).click();
    await page.getByRole("alert").getByText("Heure de fin").waitFor();
    expect(await page.getByLabel("Titre").inputValue()).toBe("Copil de suivi à 12 mois");
    await checkPage(page);
    await page.getByLabel("Heure de fin").fill("16h30");
    await page.getByRole("button", { name: "Créer la réunion" }).click();
    await page.waitForURL(/\/reunions\/[0-9a-f-]+\?done=creee/);
    await page.getByText("15 déc. 2026, de 14:00 à 16:30").waitFor();
    await checkPage(page);

    const invitation = await page.request.get(
      new URL("invitation.ics", `${page.url().split("?")[0]}/`).toString(),
    );
    expect(invitation.headers()["content-type"]).toContain("text/calendar");
    const ics = await invitation.text();
    expect(ics).toContain("DTSTART:20261215T130000Z");
    expect(ics).toContain("LOCATION:Mairie de Rouen\\, salle 2");

    await page.getByText("Enregistrer une décision", { exact: true }).first().click();
    await page.getByLabel("Décision (obligatoire)", { exact: true }).selectOption({ label: "Go" });
    await page.getByLabel("Motif").fill("Les indicateurs à 12 mois sont atteints.");
    await page.getByLabel("Qui a décidé").fill("Comité de pilotage : Ville de Rouen, AG2R");
    await page.getByRole("button", { name: "Enregistrer une décision" }).click();
    await page.waitForURL(/done=decision/);
    await page.getByText("Les indicateurs à 12 mois sont atteints.").waitFor();

    await page.getByText("Ajouter un document", { exact: true }).first().click();
    await page.getByLabel("Fichier").setInputFiles({
      name: "compte-rendu-copil.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Compte rendu du comité de pilotage"),
    });
    await page.getByLabel("Qui peut le lire").selectOption({ label: "Comité de pilotage" });
    await page.getByRole("button", { name: "Ajouter le document" }).click();
    await page.waitForURL(/done=document/);
    const link = page.getByRole("link", { name: "compte-rendu-copil.txt" });
    const file = await page.request.get(new URL((await link.getAttribute("href"))!, page.url()).toString());
    expect(file.headers()["content-disposition"]).toContain("attachment");
    expect(await file.text()).toBe("Compte rendu du comité de pilotage");
    await checkPage(page);
  });

  it("with JavaScript: adds a next step and ticks it; it shows on the dashboard until done", async () => {
    const page = await app.newPage();
    await signIn(page, "adress@essaim.demo");
    await page.waitForURL("**/tableau-de-bord");
    await app.visit(page, `/projets/${rouen}/reunions`);
    await page.getByText("Ajouter la tâche", { exact: true }).first().click();
    await page.getByLabel("Tâche (obligatoire)", { exact: true }).fill("Envoyer le bilan au copil");
    await page.getByLabel("Échéance").fill("27/11/2026");
    await page.getByRole("button", { name: "Ajouter la tâche" }).click();
    await page.getByText("Tâche ajoutée.").waitFor();
    await checkPage(page);
    await app.visit(page, "/tableau-de-bord");
    await page.getByText("Envoyer le bilan au copil").waitFor();
    await app.visit(page, "/taches");
    await page.getByRole("button", { name: "Marquer comme faite : Envoyer le bilan au copil" }).click();
    await page.getByText("Tâche mise à jour.").waitFor();
    await page.getByRole("heading", { name: "Faites récemment" }).waitFor();
    await checkPage(page);
  });
});
