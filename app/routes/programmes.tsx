import { useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { directoryFabriques } from "../../server/organisations/organisation-access";
import { listProgrammes } from "../../server/organisations/programmes";
import { formatEuros } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { valueOr404 } from "../network/page-results";
import { programmePeriod } from "../organisations/programme-period";
import { EmptyState } from "../ui/empty-state";
import type { Route } from "./+types/programmes";

const text = fr.organisations.programmes;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  return {
    programmes: valueOr404(await listProgrammes(context.deps, actor)),
    canCreate: directoryFabriques(actor).length > 0,
  };
}

export default function Programmes() {
  const { programmes, canCreate } = useLoaderData<typeof loader>();
  const newButton = canCreate ? (
    <a className="button" href="/programmes/nouveau">
      {text.new}
    </a>
  ) : null;
  return (
    <div className="stack">
      <p>
        <a href="/acteurs">{fr.organisations.list.title}</a>
      </p>
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      {programmes.length ? <p>{newButton}</p> : null}
      {programmes.length === 0 ? (
        <EmptyState title={text.empty} action={newButton}>
          {text.emptyHelp}
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{text.title}</caption>
            <thead>
              <tr>
                <th scope="col">{text.columns.name}</th>
                <th scope="col">{text.columns.funder}</th>
                <th scope="col">{text.columns.amount}</th>
                <th scope="col">{text.columns.period}</th>
                <th scope="col">{text.columns.initiatives}</th>
              </tr>
            </thead>
            <tbody>
              {programmes.map((item) => (
                <tr key={item.id}>
                  <td>
                    <a href={`/programmes/${item.id}`}>{item.name}</a>
                  </td>
                  <td>
                    {item.funderOrganisationId ? (
                      <a href={`/acteurs/${item.funderOrganisationId}`}>{item.funderName}</a>
                    ) : null}
                  </td>
                  <td>{item.amountCents !== null ? formatEuros(item.amountCents) : ""}</td>
                  <td>{programmePeriod(item.startsOn, item.endsOn)}</td>
                  <td>{item.initiativeCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
