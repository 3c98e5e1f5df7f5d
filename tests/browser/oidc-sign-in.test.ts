import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestProvider, type TestProvider } from "../../server/testing/oidc-test-provider";
import { freePort } from "./app-process";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

/**
 * ProConnect-style sign-in against a real OpenID provider started here (`oidc-provider`, its own
 * login, consent and sign-out pages): an invited agent signs in, lands in the Fabrique they were
 * invited to, then signs out of both Essaim and the provider.
 */
describe("signing in with ProConnect (an OpenID Connect provider)", () => {
  let provider: TestProvider;
  let app: BrowserApp;
  beforeAll(async () => {
    const port = await freePort();
    const appBase = `http://127.0.0.1:${port}`;
    provider = await startTestProvider({
      appBase,
      people: {
        "ines.vidal": { email: "ines.vidal@rouen.test", givenName: "Inès", usualName: "Vidal" },
        "paul.martin": { email: "paul.martin@ailleurs.test", givenName: "Paul", usualName: "Martin" },
      },
    });
    app = await startApp({
      port,
      extraEnv: {
        ESSAIM_OIDC_ISSUER: provider.issuer,
        ESSAIM_OIDC_CLIENT_ID: provider.clientId,
        ESSAIM_OIDC_CLIENT_SECRET: provider.clientSecret,
        ESSAIM_OIDC_REDIRECT_BASE: appBase,
        ESSAIM_OIDC_SCOPES: "openid email profile",
      },
    });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  /** From Essaim's sign-in page to the provider's own login page, then its consent page. */
  async function signInAtProvider(login: string) {
    const page = await app.newPage();
    await app.visit(page, "/connexion");
    await page.getByRole("link", { name: "S'identifier avec ProConnect" }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill("peu-importe");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click();
    return page;
  }

  it("an invited agent signs in through the provider's page, lands in the invited Fabrique, then signs out of both", async () => {
    // The network's animator invites the agent to a Fabrique's team by e-mail.
    const animator = await app.newPage();
    await signIn(animator, "animation@essaim.demo");
    await animator.waitForURL((url) => url.pathname === "/tableau-de-bord");
    await app.visit(animator, "/fabriques/adress/equipe");
    await animator.getByLabel("Adresse e-mail").fill("ines.vidal@rouen.test");
    await animator.getByLabel("Rôle (obligatoire)").selectOption("officer");
    await animator.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await animator.getByText("L'invitation a été envoyée.").waitFor();

    const page = await signInAtProvider("ines.vidal");

    await page.waitForURL((url) => url.origin === app.url && url.pathname === "/tableau-de-bord");
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
    await checkPage(page);
    await page.goto("/compte");
    await page.getByText("Inès Vidal").first().waitFor();
    await page
      .getByText(/chargé·e de mission/)
      .first()
      .waitFor();

    // Signing out ends Essaim's session, then the provider's (its own confirmation page).
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole("button", { name: "Yes, sign me out" }).click();
    await page.waitForURL((url) => url.origin === app.url && url.pathname === "/");
    await page.goto("/tableau-de-bord");
    expect(new URL(page.url()).pathname).toBe("/connexion");

    // The provider's session is over too: signing in again asks for the login once more.
    await page.getByRole("link", { name: "S'identifier avec ProConnect" }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').waitFor();
  }, 240_000);

  it("a person without an account or invitation is refused in French, and nothing is opened", async () => {
    const page = await signInAtProvider("paul.martin");
    await page.getByRole("heading", { level: 1, name: "Connexion avec ProConnect impossible" }).waitFor();
    await page
      .getByText("Aucun compte Essaim ni aucune invitation en cours pour l'adresse paul.martin@ailleurs.test")
      .waitFor();
    await checkPage(page);
  });
});
