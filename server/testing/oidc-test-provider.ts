import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/**
 * A real OpenID Connect provider (`oidc-provider`) for the tests: its own login page (any
 * password for a known login), its consent page, UserInfo and RP-initiated logout. Nothing of the
 * protocol is imitated; only the people it knows are the test's.
 */
export type TestPerson = {
  email: string;
  emailVerified?: boolean;
  givenName?: string;
  usualName?: string;
};

export type TestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close: () => Promise<void>;
};

export async function startTestProvider(options: {
  /** Logins the provider knows (the subject is the login). */
  people: Record<string, TestPerson>;
  /** The app's base URL: its callback and its home page are registered. */
  appBase: string;
}): Promise<TestProvider> {
  const clientId = "essaim-test";
  const clientSecret = "essaim-test-secret-essaim-test-secret";
  // The issuer must be known before listening: take a port first, then build the provider on it.
  const { createServer } = await import("node:http");
  const placeholder = createServer();
  await new Promise<void>((resolve) => placeholder.listen(0, "127.0.0.1", resolve));
  const port = (placeholder.address() as AddressInfo).port;
  await new Promise<void>((resolve) => placeholder.close(() => resolve()));
  const issuer = `http://127.0.0.1:${port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${options.appBase}/connexion/oidc/retour`],
        post_logout_redirect_uris: [`${options.appBase}/`],
        response_types: ["code"],
        grant_types: ["authorization_code"],
      },
    ],
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["given_name", "family_name", "name"],
      given_name: ["given_name"],
      usual_name: ["usual_name"],
    },
    cookies: { keys: ["essaim-test-provider-cookie-key"] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: async (_ctx, sub) => {
      const person = options.people[sub];
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          email: person.email,
          email_verified: person.emailVerified ?? true,
          given_name: person.givenName,
          family_name: person.usualName,
          usual_name: person.usualName,
        }),
      };
    },
  });
  // The provider's development pages warn once each on the console: expected in a test.
  provider.on("server_error", (_ctx, error) => console.error("test OpenID provider:", error));
  const server: Server = provider.listen(port, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A browser without a browser, for integration tests: follows redirects by hand with a cookie
 * jar per origin, and signs in on the provider's own login and consent forms.
 */
export class ProviderVisitor {
  private readonly jar = new Map<string, Map<string, string>>();

  private cookieHeader(url: URL): string {
    return [...(this.jar.get(url.origin) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(url: URL, response: Response) {
    const cookies = this.jar.get(url.origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
    this.jar.set(url.origin, cookies);
  }

  /** One request, its cookies kept; no redirect followed. */
  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const target = new URL(url);
    const response = await fetch(target, {
      method: init.method ?? (init.form ? "POST" : "GET"),
      redirect: "manual",
      headers: {
        cookie: this.cookieHeader(target),
        ...(init.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    this.remember(target, response);
    return { response, body: await response.text() };
  }

  /**
   * Follow redirects from `url` until an answer that is not one, or until the app's `stopAt`
   * origin is reached (that request is not made: the caller hands it to the app).
   */
  async follow(
    url: string,
    stopAt: string,
    form?: Record<string, string>,
  ): Promise<{ url: string; body: string }> {
    let current = url;
    let answer = await this.request(current, { form });
    for (let hops = 0; hops < 20; hops++) {
      const location = answer.response.headers.get("location");
      if (!location) return { url: current, body: answer.body };
      current = new URL(location, current).href;
      if (current.startsWith(stopAt)) return { url: current, body: "" };
      answer = await this.request(current);
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /** Sign in as `login` on the provider's pages, from the authorization URL to the app's callback URL. */
  async signInAtProvider(authorizationUrl: string, login: string, appBase: string): Promise<string> {
    let page = await this.follow(authorizationUrl, appBase);
    for (let step = 0; step < 4 && !page.url.startsWith(appBase); step++) {
      const action = /<form[^>]*action="([^"]+)"/.exec(page.body)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(page.body)?.[1];
      if (!action || !prompt)
        throw new Error(`unexpected provider page at ${page.url}:\n${page.body.slice(0, 500)}`);
      const form: Record<string, string> =
        prompt === "login" ? { prompt, login, password: "peu-importe" } : { prompt };
      page = await this.follow(new URL(action, page.url).href, appBase, form);
    }
    if (!page.url.startsWith(appBase))
      throw new Error(`the provider did not send back to the app: ${page.url}`);
    return page.url;
  }
}
