import { data, redirect, useLoaderData } from "react-router";
import { totpRequiredByNetwork } from "../../server/accounts/second-factor-requirement";
import { setTotpRequirement } from "../../server/accounts/set-totp-requirement";
import { requireActor } from "../../server/http/require-actor";
import { computeNetworkFigures } from "../../server/network/compute-network-figures";
import { listFabriques } from "../../server/network/list-fabriques";
import { fabriqueStatuses } from "../../shared/codes/network";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { formatDate } from "../../shared/time";
import { valueOr404 } from "../network/page-results";
import { StatusBadge } from "../network/status-badge";
import { StatusCounts } from "../network/status-counts";
import { TotpRequirementForm } from "../network/totp-requirement-form";
import { EmptyState } from "../ui/empty-state";
import { readForm } from "../ui/page-form";
import type { Route } from "./+types/network";

const text = fr.network.list;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  // The figures are the animator's: anyone else gets a 404 here.
  const figures = valueOr404(await computeNetworkFigures(context.deps, actor));
  const fabriques = valueOr404(await listFabriques(context.deps, actor));
  const done = new URL(request.url).searchParams.get("done");
  const requirement = fr.accounts.totp.requirement;
  return {
    figures,
    fabriques,
    statuses: [...fabriqueStatuses],
    totpRequired: await totpRequiredByNetwork(context.deps),
    notice: done === "2fa-exigee" ? requirement.on : done === "2fa-libre" ? requirement.off : null,
  };
}

/** The network animator's settings on this page: the second-factor requirement (decision record 0141). */
export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  if (form.text("intent") !== "totp-requirement") throw data(null, { status: 400 });
  const required = form.text("required") === "on";
  valueOr404(await setTotpRequirement(context.deps, actor, { required }));
  return redirect(`/reseau?done=${required ? "2fa-exigee" : "2fa-libre"}`);
}

export default function Network() {
  const { figures, fabriques, statuses, totpRequired, notice } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <p className="actions">
        <a className="button" href="/reseau/fabriques/nouvelle">
          {text.newFabrique}
        </a>
        <a className="button button--secondary" href="/reseau/courriels">
          {text.outboxLink}
        </a>
        <a className="button button--secondary" href="/reseau/aides-aux-postes">
          {text.aidRatesLink}
        </a>
        <a className="button button--secondary" href="/reseau/personnes">
          {fr.privacy.people.navLabel}
        </a>
        <a className="button button--secondary" href="/reseau/journal">
          {fr.privacy.audit.navLabel}
        </a>
      </p>

      <TotpRequirementForm required={totpRequired} notice={notice} />

      <section aria-labelledby="comptes-titre">
        <h2 id="comptes-titre">{text.countsTitle}</h2>
        <StatusCounts statuses={statuses} byStatus={figures.byStatus} />
      </section>

      <section aria-labelledby="fabriques-titre">
        <h2 id="fabriques-titre">{text.fabriquesTitle}</h2>
        {fabriques.length === 0 ? (
          <EmptyState
            title={text.empty}
            action={
              <a className="button" href="/reseau/fabriques/nouvelle">
                {text.newFabrique}
              </a>
            }
          >
            {text.emptyHelp}
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{text.columns.name}</th>
                  <th scope="col">{text.columns.status}</th>
                  <th scope="col">{text.columns.region}</th>
                  <th scope="col">{text.columns.members}</th>
                  <th scope="col">{text.columns.since}</th>
                </tr>
              </thead>
              <tbody>
                {fabriques.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">
                      <a href={`/reseau/fabriques/${f.slug}`}>{f.name}</a>
                    </th>
                    <td>
                      <StatusBadge status={f.status} />
                    </td>
                    <td>{f.regionName ?? "—"}</td>
                    <td>{formatInteger(f.memberCount)}</td>
                    <td>{formatDate(f.statusChangedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
