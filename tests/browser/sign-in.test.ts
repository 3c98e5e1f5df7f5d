import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

const pathOf = (url: string) => new URL(url).pathname;

describe("signing in and out", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("an officer signs in, lands on the dashboard and signs out", async () => {
    const page = await app.newPage();
    await app.visit(page, "/connexion");
    await page.getByLabel("Adresse e-mail").fill("adress@essaim.demo");
    await page.getByLabel("Mot de passe").fill("essaim-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();

    await page.waitForURL((url) => url.pathname === "/tableau-de-bord");
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
    await checkPage(page);

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.getByRole("link", { name: "Se connecter" }).first().waitFor();
    expect(await page.getByRole("button", { name: "Se déconnecter" }).count()).toBe(0);
    await checkPage(page);

    // The session is really closed: the dashboard now asks to sign in.
    await page.goto("/tableau-de-bord");
    expect(pathOf(page.url())).toBe("/connexion");
  });

  it("a wrong password shows the error in French and keeps the e-mail typed", async () => {
    const page = await app.newPage();
    await signIn(page, "adress@essaim.demo", "pas-le-bon-mot-de-passe");

    await page.getByText("Adresse e-mail ou mot de passe incorrect.").waitFor();
    expect(pathOf(page.url())).toBe("/connexion");
    expect(await page.getByLabel("Adresse e-mail").inputValue()).toBe("adress@essaim.demo");
    expect(await page.getByLabel("Mot de passe").inputValue()).toBe("");
    await checkPage(page);
  });

  it("a failed sign-in puts the focus on the error summary, with and without JavaScript", async () => {
    const focusedSummary = (page: Page) =>
      page.waitForFunction(() => document.activeElement?.classList.contains("error-summary"));
    for (const javaScriptEnabled of [true, false]) {
      const page = await app.newPage({ javaScriptEnabled });
      await signIn(page, "adress@essaim.demo", "pas-le-bon-mot-de-passe");
      await page.getByText("Adresse e-mail ou mot de passe incorrect.").waitFor();
      await focusedSummary(page);
      // A second failure takes the focus back to the summary.
      if (javaScriptEnabled) {
        await page.getByLabel("Mot de passe").fill("toujours-pas-le-bon");
        await page.getByRole("button", { name: "Se connecter" }).click();
        await focusedSummary(page);
      }
    }
  });

  it("the sign-in form works without JavaScript", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await app.visit(page, "/connexion");
    await page.getByLabel("Adresse e-mail").fill("emergence@essaim.demo");
    await page.getByLabel("Mot de passe").fill("essaim-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();

    await page.waitForURL((url) => url.pathname === "/tableau-de-bord");
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
    await checkPage(page);

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.getByRole("link", { name: "Se connecter" }).first().waitFor();
    expect(await page.getByRole("button", { name: "Se déconnecter" }).count()).toBe(0);
  });
});
