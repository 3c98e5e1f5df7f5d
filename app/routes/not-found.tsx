import { data } from "react-router";
import { fr } from "../../shared/i18n/fr";

export function loader() {
  throw data(null, { status: 404 });
}

export const meta = () => [{ title: `${fr.common.notFoundTitle} — ${fr.common.appName}` }];

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return (
    <>
      <h1>{fr.common.notFoundTitle}</h1>
      <p>{fr.common.notFoundBody}</p>
      <p>
        <a href="/">{fr.common.home}</a>
      </p>
    </>
  );
}
