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

  /** A form post as a browser sends it: the CSRF cookie from a first visit, and its token in the form. */
  const postForm = async (pathname: string, fields: Record<string, string>) => {
    const first = await fetch(`${app.url}/connexion`);
    await first.arrayBuffer();
    const csrf = /essaim_csrf=([^;]+)/.exec(first.headers.get("set-cookie") ?? "")?.[1];
    expect(csrf).toBeDefined();
    const response = await fetch(`${app.url}${pathname}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: `essaim_csrf=${csrf}` },
      body: new URLSearchParams({ _csrf: decodeURIComponent(csrf!), ...fields }).toString(),
    });
    return { status: response.status, body: await response.text() };
  };

  it("wrong passwords count against the account whatever the spelling of the address (issue 14, hole 2)", async () => {
    const spellings = ["/Connexion", "/connexion/", "/CONNEXION", "/Connexion/", "/connexion"];
    for (let n = 0; n < 10; n++) {
      const answer = await postForm(spellings[n % spellings.length]!, {
        email: "atis@essaim.demo",
        password: `pas-le-bon-${n}`,
      });
      expect(answer.status, `${spellings[n % spellings.length]} #${n + 1}`).toBe(400);
      expect(answer.body).toContain("Adresse e-mail ou mot de passe incorrect");
    }
    for (const pathname of spellings) {
      const answer = await postForm(pathname, { email: "atis@essaim.demo", password: "pas-le-bon" });
      expect(answer.status, pathname).toBe(429);
      expect(answer.body, pathname).toContain("Trop de tentatives de connexion pour ce compte");
    }
  });

  it("reset requests count against the account whatever the spelling of the address", async () => {
    const spellings = ["/Mot-de-passe-oublie", "/mot-de-passe-oublie/", "/MOT-DE-PASSE-OUBLIE"];
    for (let n = 0; n < 5; n++) {
      const answer = await postForm(spellings[n % spellings.length]!, { email: "partenaire@essaim.demo" });
      expect(answer.status, `${spellings[n % spellings.length]} #${n + 1}`).toBe(302);
    }
    for (const pathname of [...spellings, "/mot-de-passe-oublie"]) {
      const answer = await postForm(pathname, { email: "partenaire@essaim.demo" });
      expect(answer.status, pathname).toBe(429);
      expect(answer.body, pathname).toContain("Trop de demandes de réinitialisation pour ce compte");
    }
  });
});
