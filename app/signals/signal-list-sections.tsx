import type { SignalListItem } from "../../server/signals/list-signals";
import type { ListSignalsQuery } from "../../server/signals/signal-schemas";
import { signalChannels, signalKinds, signalStatuses } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { formatDate } from "../../shared/time";
import { SelectField } from "../network/select-field";
import { Field } from "../ui/form";
import { TerritoryCombobox } from "../ui/territory-combobox";
import { SignalStatusBadge, SpamBadge } from "./signal-status-badge";

/** The pieces of the signals list (`routes/signals.tsx`): its table and its filters. */

const text = fr.signals.list;

/** The signals as a table: reference, title, kind, territory, status, channel, date. */
export function SignalTable({ items, caption }: { items: SignalListItem[]; caption: string }) {
  const columns = text.columns;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.reference}</th>
            <th scope="col">{columns.title}</th>
            <th scope="col">{columns.kind}</th>
            <th scope="col">{columns.territory}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col">{columns.channel}</th>
            <th scope="col">{columns.createdAt}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>{item.reference}</td>
              <td>
                <a href={`/signaux/${item.id}`}>{item.title}</a>
              </td>
              <td>{fr.signals.kinds[item.kind]}</td>
              <td>{item.territoryName ?? item.territoryCode}</td>
              <td>
                <SignalStatusBadge status={item.status} /> <SpamBadge spam={item.spam} />
              </td>
              <td>{fr.signals.channels[item.channel]}</td>
              <td>{formatDate(item.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const option = <K extends string>(values: readonly K[], labels: Record<K, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** The campaign filter (when there are campaigns) and the spam filter (for those who review it). */
function CampaignAndSpamFilters({
  campaigns,
  canAssist,
  query,
}: {
  campaigns: { value: string; label: string }[];
  canAssist: boolean;
  query: ListSignalsQuery;
}) {
  return (
    <>
      {campaigns.length ? (
        <SelectField
          name="campaign"
          label={fr.campaigns.list.filter}
          options={campaigns}
          placeholder={text.all}
          defaultValue={query.campaign}
        />
      ) : null}
      {canAssist ? (
        <SelectField
          name="spam"
          label={fr.signals.spamMark.filter}
          options={[
            { value: "suspected", label: fr.signals.spamMark.filterSuspected },
            { value: "confirmed", label: fr.signals.spamMark.filterConfirmed },
          ]}
          placeholder={fr.signals.spamMark.filterDefault}
          defaultValue={query.spam}
        />
      ) : null}
    </>
  );
}

/** The list's filters, a GET form; campaigns and the spam filter only for those who have them. */
export function SignalFilters({
  query,
  themes,
  territoryQuery,
  territoryError,
  campaigns,
  canAssist,
}: {
  query: ListSignalsQuery;
  themes: readonly { code: string; label: string }[];
  territoryQuery: string;
  territoryError: string | undefined;
  campaigns: { value: string; label: string }[];
  canAssist: boolean;
}) {
  return (
    <form method="get" className="card stack" aria-labelledby="filtres-titre">
      <h2 id="filtres-titre">{text.filters}</h2>
      <SelectField
        name="kind"
        label={text.columns.kind}
        options={option(signalKinds, fr.signals.kinds)}
        placeholder={text.all}
        defaultValue={query.kind}
      />
      <SelectField
        name="status"
        label={text.columns.status}
        options={option(signalStatuses, fr.signals.statuses)}
        placeholder={text.all}
        defaultValue={query.status}
      />
      <SelectField
        name="theme"
        label={fr.signals.fields.themes}
        options={themes.map((theme) => ({ value: theme.code, label: theme.label }))}
        placeholder={text.all}
        defaultValue={query.theme}
      />
      <SelectField
        name="channel"
        label={text.columns.channel}
        options={option(signalChannels, fr.signals.channels)}
        placeholder={text.all}
        defaultValue={query.channel}
      />
      <TerritoryCombobox
        mode="field"
        name="territory"
        label={text.territory}
        defaultValue={query.territory ?? ""}
        defaultQuery={territoryQuery}
        error={territoryError}
      />
      <CampaignAndSpamFilters campaigns={campaigns} canAssist={canAssist} query={query} />
      <Field name="from" label={text.from} type="date" defaultValue={query.from} />
      <Field name="to" label={text.to} type="date" defaultValue={query.to} />
      <div className="actions">
        <button type="submit" className="button">
          {text.apply}
        </button>
        <a href="/signaux">{text.reset}</a>
      </div>
    </form>
  );
}
