import { useLoaderData } from "react-router";
import { listOpenActivities } from "../../server/open-data/list-open-activities";
import { openDataLicence } from "../../shared/codes/open-data";
import { formatFteHundredths, formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { Pagination } from "../ui/pagination";
import type { Route } from "./+types/open-data";

const text = fr.openData;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/** Public, no account: the launched activities anyone may reuse, the licence and the files. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const page = Number(new URL(request.url).searchParams.get("page")) || 1;
  const result = await listOpenActivities(context.deps, { page: Math.max(1, Math.min(page, 100_000)) });
  // The page number is clamped above, so the only refusal left would be a bug.
  if (!result.ok) throw new Error("open data page refused");
  return result.value;
}

const [beforeLicence, afterLicence] = text.licenceSentence.split("{licence}");

export default function OpenData() {
  const { items, page, perPage, total } = useLoaderData<typeof loader>();
  const pages = Math.max(1, Math.ceil(total / perPage));
  const columns = text.columns;
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <p>
        {beforeLicence}
        <a href={openDataLicence.url} rel="license">
          {text.licence}
        </a>
        {afterLicence}
      </p>
      <h2>{text.downloads}</h2>
      <ul>
        <li>
          <a href={`/api/v1/open-data/activities.csv?perPage=1000&page=${page}`}>{text.csv}</a>
        </li>
        <li>
          <a href={`/api/v1/open-data/activities?page=${page}`}>{text.json}</a>
        </li>
      </ul>
      <p>{text.schema}</p>
      {total === 0 ? (
        <p>{text.none}</p>
      ) : (
        <>
          <p>{t(text.count, { count: formatInteger(total), page, pages })}</p>
          <div className="table-wrap">
            <table>
              <caption>{text.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{columns.name}</th>
                  <th scope="col">{columns.model}</th>
                  <th scope="col">{columns.territory}</th>
                  <th scope="col">{columns.year}</th>
                  <th scope="col">{columns.kind}</th>
                  <th scope="col" className="num">
                    {columns.jobs}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the rows of a page are fixed and carry no id
                  <tr key={index}>
                    <td>{item.name}</td>
                    <td>{item.model ?? ""}</td>
                    <td>
                      {item.territoryName ?? item.territoryCode} ({fr.territories.kind[item.territoryKind]}{" "}
                      {item.territoryCode})
                    </td>
                    <td>{item.year}</td>
                    <td>{fr.carriers.outcome.kinds[item.kind]}</td>
                    <td className="num">{formatFteHundredths(Math.round(item.jobsFte * 100))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pages={pages} href={(p) => `/donnees-ouvertes?page=${p}`} />
        </>
      )}
    </div>
  );
}
