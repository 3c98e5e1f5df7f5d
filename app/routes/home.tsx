import { useLoaderData } from "react-router";
import { listPublicFabriques } from "../../server/network/list-public-fabriques";
import { fr } from "../../shared/i18n/fr";
import { EmptyState } from "../ui/empty-state";
import type { Route } from "./+types/home";

export const meta = () => [
  { title: `${fr.common.appName} — ${fr.home.title}` },
  { name: "description", content: fr.common.tagline },
];

export async function loader({ context }: Route.LoaderArgs) {
  return listPublicFabriques(context.deps);
}

export default function Home() {
  const { network, fabriques } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="hero">
        <h1>{network?.name ?? fr.common.appName}</h1>
        <p className="lead">{network?.description || fr.home.intro}</p>
      </section>
      <section aria-labelledby="fabriques-titre">
        <h2 id="fabriques-titre">{fr.home.fabriquesTitle}</h2>
        {fabriques.length === 0 ? (
          <EmptyState title={fr.home.noFabriques}>{fr.home.noFabriquesHelp}</EmptyState>
        ) : (
          <ul className="card-grid">
            {fabriques.map((f) => (
              <li key={f.slug} className="card">
                <h3>
                  <a href={`/f/${f.slug}`}>{f.name}</a>
                </h3>
                <p className="card__meta">
                  {f.carryingStructure} · {fr.common.fabriqueStatus[f.status]}
                </p>
                <p>{f.description}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
