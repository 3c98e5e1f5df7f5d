import { Form, redirect, useLoaderData } from "react-router";
import { signOut } from "../../server/accounts/sign-out";
import { clearSessionCookie } from "../../server/http/session-cookie";
import { fr } from "../../shared/i18n/fr";
import { CsrfInput } from "../ui/csrf-input";
import type { Route } from "./+types/sign-out";

const text = fr.accounts.signOut;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context }: Route.LoaderArgs) {
  return { signedIn: context.actor !== null };
}

/** Signing out is a POST (a link or a prefetch must never sign anyone out). */
export async function action({ context }: Route.ActionArgs) {
  const closed = await signOut(context.deps, context.sessionId);
  // Signed in through the OpenID provider: its sign-out page ends its session too, then comes back.
  const target = (closed.ok && closed.value.providerSignOutUrl) || "/";
  return redirect(target, { headers: { "Set-Cookie": clearSessionCookie(context.deps.config) } });
}

export default function SignOut() {
  const { signedIn } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      {signedIn ? (
        <>
          <p>{text.intro}</p>
          <Form method="post">
            <CsrfInput />
            <button type="submit" className="button">
              {text.submit}
            </button>
          </Form>
        </>
      ) : (
        <>
          <p>{text.notSignedIn}</p>
          <p>
            <a href="/connexion">{text.signInLink}</a>
          </p>
        </>
      )}
    </div>
  );
}
