import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRetentionPeriods } from "../../server/privacy/list-retention-periods";
import { auditedPages } from "../../shared/codes/audited-pages";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { type BrowserApp, checkPage, signIn, startApp } from "./harness";

const pages = [
  { link: fr.legal.footer.notice, path: "/mentions-legales", title: fr.legal.notice.title },
  { link: fr.legal.footer.privacy, path: "/confidentialite", title: fr.legal.privacy.title },
  { link: fr.legal.footer.accessibility, path: "/accessibilite", title: fr.legal.accessibility.title },
  { link: fr.legal.footer.terms, path: "/conditions-utilisation", title: fr.legal.terms.title },
];

let app: BrowserApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

describe("the legal and trust pages", () => {
  it("are reached from the footer of any page, even a page that does not exist", async () => {
    const page = await app.newPage();
    for (const start of ["/", "/catalogue", "/nulle-part"]) {
      for (const legal of pages) {
        await page.goto(start);
        const footer = page.getByRole("navigation", { name: fr.common.footerNav });
        await footer.getByRole("link", { name: legal.link }).click();
        await page.getByRole("heading", { level: 1, name: legal.title }).waitFor();
        expect(new URL(page.url()).pathname).toBe(legal.path);
      }
    }
    await checkPage(page);
  });

  it("say plainly what the operator has not configured, and pass axe", async () => {
    const page = await app.newPage();
    // Each visited by its literal path: the accessibility statement's list is read from these calls.
    await app.visit(page, "/conditions-utilisation");
    await app.visit(page, "/mentions-legales");
    const facts = page.locator("dl.legal-facts dd");
    expect(await facts.allTextContents()).toEqual(Array(4).fill(fr.legal.notSet));
  });

  it("give the retention periods the app enforces", async () => {
    const page = await app.newPage();
    await app.visit(page, "/confidentialite");
    const periods = listRetentionPeriods();
    const body = await page.locator("main").textContent();
    expect(body).toContain(t(fr.legal.retention.session, { days: periods.sessionDays }));
    expect(body).toContain(t(fr.legal.retention.intakeAddress, { minutes: periods.intakeAddressMinutes }));
    expect(body).toContain(t(fr.legal.retention.invitation, { days: periods.invitationDays }));
  });

  it("list in the accessibility statement every page the browser tests audit", async () => {
    const page = await app.newPage();
    await app.visit(page, "/accessibilite");
    const items = await page.locator("main li").allTextContents();
    for (const audited of auditedPages) expect(items).toContain(`${audited.label} (${audited.pattern})`);
  });
});

describe("a person's rights over their data", () => {
  it("a partner downloads their data, asks for erasure, and the network animator erases them", async () => {
    const person = await app.newPage();
    await signIn(person, "partenaire@essaim.demo");
    await person.waitForURL((url) => url.pathname !== "/connexion");
    await app.visit(person, "/compte");
    await person.getByRole("link", { name: fr.privacy.page.accountLink }).click();
    await person.getByRole("heading", { level: 1, name: fr.privacy.page.title }).waitFor();
    await app.visit(person, "/compte/mes-donnees");
    const json = await (await person.request.get("/compte/mes-donnees/json")).json();
    expect(json.account.email).toBe("partenaire@essaim.demo");
    expect(JSON.stringify(json)).not.toContain("token_hash");
    const html = await (await person.request.get("/compte/mes-donnees/html")).text();
    expect(html).toContain("partenaire@essaim.demo");

    await person.getByLabel(fr.privacy.page.reason).fill("Je change de poste.");
    await person.getByLabel(fr.privacy.page.confirm).check();
    await person.getByRole("button", { name: fr.privacy.page.submit }).click();
    await person.getByText(fr.privacy.page.requested).waitFor();

    const animator = await app.newPage();
    await signIn(animator, "animation@essaim.demo");
    await animator.waitForURL("**/tableau-de-bord");
    await app.visit(animator, "/reseau/personnes");
    const card = animator.getByRole("listitem").filter({ hasText: "partenaire@essaim.demo" });
    await card.getByText("Je change de poste.").waitFor();
    const confirm = card.getByLabel(/recopiez son adresse e-mail/);
    await confirm.fill("autre@essaim.demo");
    await card.getByRole("button", { name: /^Effacer/ }).click();
    await animator.getByText(fr.privacy.erase.confirmMismatch).first().waitFor();
    await checkPage(animator);
    await animator
      .getByRole("listitem")
      .filter({ hasText: "partenaire@essaim.demo" })
      .getByLabel(/recopiez son adresse e-mail/)
      .fill("partenaire@essaim.demo");
    await animator
      .getByRole("listitem")
      .filter({ hasText: "partenaire@essaim.demo" })
      .getByRole("button", { name: /^Effacer/ })
      .click();
    await animator.getByRole("status").filter({ hasText: "La personne a été effacée" }).waitFor();

    // Their session went with their account.
    await person.goto("/compte");
    expect(new URL(person.url()).pathname).toBe("/connexion");
  });
});

/** Whether the page is wider than the window: a 360 px phone would have to scroll sideways. */
async function overflows(page: import("playwright-core").Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe("phones and small screens", () => {
  it("the project board shows every stage without sideways scrolling, with a count per stage", async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, "animation@essaim.demo");
    await page.waitForURL("**/tableau-de-bord");
    await app.visit(page, "/projets");
    const columns = page.locator(".kanban__column");
    const count = await columns.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const box = await columns.nth(i).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
    }
    const summary = page.getByRole("navigation", { name: fr.initiatives.list.boardSummary });
    expect(await summary.getByRole("link").count()).toBe(count);
    expect(await overflows(page)).toBe(0);
  });

  it("the main pages fit a 360 px screen and pass axe there", async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    const wide: string[] = [];
    const check = async () => {
      if ((await overflows(page)) > 0) wide.push(new URL(page.url()).pathname);
    };
    await app.visit(page, "/");
    await check();
    await app.visit(page, "/catalogue");
    await check();
    await app.visit(page, "/territoires");
    await check();
    await app.visit(page, "/f/adress");
    await check();
    await app.visit(page, "/accessibilite");
    await check();
    await app.visit(page, "/connexion");
    await check();
    await signIn(page, "animation@essaim.demo");
    await page.waitForURL("**/tableau-de-bord");
    await app.visit(page, "/tableau-de-bord");
    await check();
    await app.visit(page, "/projets");
    await check();
    await app.visit(page, "/signaux");
    await check();
    await app.visit(page, "/rapports");
    await check();
    await app.visit(page, "/reseau/personnes");
    await check();
    expect(wide).toEqual([]);
  });
});
