import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRetentionPeriods } from "../../server/privacy/list-retention-periods";
import { auditedPages } from "../../shared/codes/audited-pages";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { type BrowserApp, checkPage, startApp } from "./harness";

const pages = [
  { link: fr.legal.footer.notice, path: "/mentions-legales", title: fr.legal.notice.title },
  { link: fr.legal.footer.privacy, path: "/confidentialite", title: fr.legal.privacy.title },
  { link: fr.legal.footer.accessibility, path: "/accessibilite", title: fr.legal.accessibility.title },
  { link: fr.legal.footer.terms, path: "/conditions-utilisation", title: fr.legal.terms.title },
];

describe("the legal and trust pages", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

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
