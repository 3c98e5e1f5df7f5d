import { generate } from "otplib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

const pathOf = (url: string) => new URL(url).pathname;

/** The code an authenticator app would show for `secret`, `steps` × 30 s from now. */
const codeFor = (secret: string, steps = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

/**
 * Enrol on the security page as a person would: start, read the key printed under the QR code,
 * confirm with a code of the previous step (the sign-in that follows then uses the current one,
 * since a code is accepted once). Returns the key and the recovery codes shown once.
 */
async function enrol(page: Page) {
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.getByRole("img", { name: /QR code à scanner/ }).waitFor();
  await checkPage(page);
  const secret = ((await page.locator("dd code").textContent()) ?? "").replace(/\s/g, "");
  await page.getByLabel("Code affiché par l'application").fill(await codeFor(secret, -1));
  await page.getByRole("button", { name: "Activer" }).click();
  await page.getByText("Notez ou imprimez ces codes de secours maintenant").waitFor();
  await checkPage(page);
  const recoveryCodes = await page.locator(".recovery-codes code").allInnerTexts();
  expect(recoveryCodes).toHaveLength(10);
  return { secret, recoveryCodes };
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await page.getByRole("link", { name: "Se connecter" }).first().waitFor();
}

describe("two-factor authentication (TOTP)", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  it("an officer enrols without JavaScript, signs in with a code, then with a recovery code", async () => {
    const page = await app.newPage({ javaScriptEnabled: false });
    await signIn(page, "emergence@essaim.demo");
    await page.waitForURL((url) => url.pathname === "/tableau-de-bord");
    await app.visit(page, "/compte/securite");
    const { secret, recoveryCodes } = await enrol(page);
    await signOut(page);

    // The password alone opens no session: the code's page asks for the second factor.
    await signIn(page, "emergence@essaim.demo");
    await page.waitForURL((url) => url.pathname === "/connexion/code");
    await checkPage(page);
    await page.goto("/tableau-de-bord");
    expect(pathOf(page.url())).toBe("/connexion");
    await signIn(page, "emergence@essaim.demo");
    await page.waitForURL((url) => url.pathname === "/connexion/code");
    await page.getByLabel("Code de vérification").fill("000000");
    await page.getByRole("button", { name: "Vérifier le code" }).click();
    await page.getByText("Ce code n'est pas valable").first().waitFor();
    await checkPage(page);
    await page.getByLabel("Code de vérification").fill(await codeFor(secret));
    await page.getByRole("button", { name: "Vérifier le code" }).click();
    await page.waitForURL((url) => url.pathname === "/tableau-de-bord");
    await signOut(page);

    // A recovery code instead of the phone: it works once, and the security page says what is left.
    await signIn(page, "emergence@essaim.demo");
    await page.waitForURL((url) => url.pathname === "/connexion/code");
    await page.getByLabel("Code de vérification").fill(recoveryCodes[0]!);
    await page.getByRole("button", { name: "Vérifier le code" }).click();
    await page.waitForURL((url) => url.pathname === "/compte/securite");
    await page.getByText("Il vous en reste 9").waitFor();
    await checkPage(page);
    await signOut(page);
    await signIn(page, "emergence@essaim.demo");
    await page.waitForURL((url) => url.pathname === "/connexion/code");
    await page.getByLabel("Code de vérification").fill(recoveryCodes[0]!);
    await page.getByRole("button", { name: "Vérifier le code" }).click();
    await page.getByText("Ce code n'est pas valable").first().waitFor();
  });

  it("the network animator requires it, is sent to enrolment, then reads it all in the audit log", async () => {
    const page = await app.newPage();
    await signIn(page, "animation@essaim.demo");
    await page.waitForURL((url) => url.pathname === "/tableau-de-bord");
    await app.visit(page, "/reseau");
    await page.getByLabel(/Exiger la double authentification/).check();
    await page.getByRole("button", { name: "Enregistrer" }).click();

    // Without a second factor the animator can use nothing but the security page.
    await page.waitForURL((url) => url.pathname === "/compte/securite");
    await page.getByText("Le réseau exige la double authentification pour votre rôle").first().waitFor();
    await page.goto("/reseau/journal");
    expect(pathOf(page.url())).toBe("/compte/securite");
    await enrol(page);

    await app.visit(page, "/reseau/journal");
    const log = page.getByRole("table", { name: /Journal d'audit/ });
    await log.getByText("Exigence de double authentification changée").waitFor();
    await log.getByText("Double authentification activée").first().waitFor();
    await page.getByLabel("Type d'acte").selectOption({ label: "Double authentification activée" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await page.waitForURL((url) => url.searchParams.has("acte"));
    // The filtered table keeps the enrolment and drops the setting's change.
    await log.getByText("Exigence de double authentification changée").waitFor({ state: "detached" });
    await log.getByText("Double authentification activée").first().waitFor();
    await checkPage(page);
  });
});
