import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, DEMO_PASSWORD, signIn, startApp } from "./harness";

/*
 * Issue 14's probe: markup typed into a signal (`<script>`, `<img onerror>`) is shown as text on
 * every page that shows it, runs nowhere, and leaves the app as a download (CSV), never as HTML.
 */
const hostileTitle = `<script>window.__xss = "script"</script><img src=x onerror="window.__xss = 'img'">`;
const hostileDescription = `<b>gras</b> <img src=x onerror="window.__xss = 'description'"> et une laverie qui manque`;

describe("a signal whose text holds markup", () => {
  let app: BrowserApp;
  let reference = "";
  beforeAll(async () => {
    app = await startApp();
    const token = await fetch(`${app.url}/api/v1/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "adress@essaim.demo", password: DEMO_PASSWORD }),
    }).then(async (response) => ((await response.json()) as { token: string }).token);
    const created = await fetch(`${app.url}/api/v1/signals`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        kind: "need",
        title: hostileTitle,
        description: hostileDescription,
        territory: { kind: "commune", code: "25462" },
        channel: "commissioner",
        sourceOrganisation: `<svg onload="window.__xss = 'svg'">`,
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    reference = ((await created.json()) as { reference: string }).reference;
  });
  afterAll(async () => app?.close());

  it("is shown as text on the list and on its page, and no script of it runs", async () => {
    const page = await app.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await signIn(page, "adress@essaim.demo");
    await page.waitForURL("**/tableau-de-bord");
    for (const pathname of ["/signaux", `/signaux/${reference}`]) {
      await app.visit(page, pathname);
      await page.getByText(hostileTitle).first().waitFor();
      const html = await page.content();
      expect(html, pathname).not.toContain("<script>window.__xss");
      expect(html, pathname).not.toMatch(/<img src="?x"? onerror/);
      expect(
        await page.evaluate(() => (window as unknown as { __xss?: string }).__xss),
        pathname,
      ).toBeUndefined();
    }
    await page.getByText(hostileDescription).first().waitFor();
    expect(dialogs).toEqual([]);
  }, 120_000);

  it("leaves the app in the CSV export as a download, not as a page", async () => {
    const page = await app.newPage();
    await signIn(page, "adress@essaim.demo");
    await page.waitForURL("**/tableau-de-bord");
    const response = await page.request.get("/signaux/export");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/csv/);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    // A cell starting with `<` is not a formula: the text is kept as typed, quoted where needed.
    expect(await response.text()).toContain(hostileTitle.replace(/"/g, '""'));
  }, 60_000);
});
