import { Form } from "react-router";
import type { CampaignDetails, CampaignSignal } from "../../server/campaigns/get-campaign";
import { DEFAULT_ADDRESS_LIMIT } from "../../server/intake/intake-rules";
import { signalKinds } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { SignalStatusBadge } from "../signals/signal-status-badge";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import type { FormFailure } from "../ui/form";
import { CampaignStateBadge } from "./campaign-state-badge";

/** The sections of a campaign's page (`routes/campaign.tsx`), one component each. */

const text = fr.campaigns.detail;

function SignalTable({ items, caption }: { items: CampaignSignal[]; caption: string }) {
  const columns = fr.signals.list.columns;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.reference}</th>
            <th scope="col">{columns.title}</th>
            <th scope="col">{columns.territory}</th>
            <th scope="col">{columns.status}</th>
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
              <td>{item.territoryName ?? item.territoryCode}</td>
              <td>
                <SignalStatusBadge status={item.status} />
              </td>
              <td>{formatDate(item.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The campaign's facts: state, period, public page, audience, territory, Fabrique, address limit. */
export function CampaignFacts({
  campaign,
  publicPath,
  publicUrl,
}: {
  campaign: CampaignDetails;
  publicPath: string;
  publicUrl: string;
}) {
  return (
    <dl className="facts">
      <dt>{text.state}</dt>
      <dd>
        <CampaignStateBadge state={campaign.state} />
      </dd>
      <dt>{text.period}</dt>
      <dd>
        {t(fr.campaigns.list.period, {
          from: formatDate(campaign.opensOn),
          to: formatDate(campaign.closesOn),
        })}
      </dd>
      <dt>{text.publicPage}</dt>
      <dd>
        <a href={publicPath}>{publicUrl}</a>
      </dd>
      {campaign.audience ? (
        <>
          <dt>{text.audience}</dt>
          <dd>{campaign.audience}</dd>
        </>
      ) : null}
      <dt>{text.territory}</dt>
      <dd>{campaign.territoryName ?? campaign.territoryCode ?? text.wholeTerritory}</dd>
      <dt>{fr.campaigns.list.columns.fabrique}</dt>
      <dd>{campaign.fabriqueName}</dd>
      <dt>{fr.campaigns.fields.addressLimitPerHour}</dt>
      <dd>
        {t(text.addressLimit, { limit: campaign.addressLimitPerHour ?? DEFAULT_ADDRESS_LIMIT })}
        {campaign.addressLimitPerHour === null ? ` ${text.addressLimitDefault}` : ""}
      </dd>
    </dl>
  );
}

/** The signals the campaign brought, by kind. */
export function CampaignSignals({ campaign }: { campaign: CampaignDetails }) {
  return (
    <section aria-labelledby="remontees-titre" className="stack">
      <h2 id="remontees-titre">{t(text.signalsTitle, { count: campaign.signals.length })}</h2>
      {campaign.signals.length === 0 ? (
        <EmptyState title={text.signalsEmpty} />
      ) : (
        <>
          <p>
            <a href={`/signaux?campaign=${campaign.id}`}>{text.viewAll}</a>
          </p>
          {signalKinds.map((kind) => {
            const items = campaign.signals.filter((s) => s.kind === kind);
            if (!items.length) return null;
            return (
              <section key={kind} aria-labelledby={`remontees-${kind}`} className="stack">
                <h3 id={`remontees-${kind}`}>
                  {fr.signals.kinds[kind]} <span className="muted">({items.length})</span>
                </h3>
                <SignalTable items={items} caption={fr.signals.kinds[kind]} />
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}

/** Closing the campaign: a box to tick first, so it is not closed by one click. */
export function CloseCampaign({ failure }: { failure: FormFailure | undefined }) {
  const confirmError = failure?.fields.confirm;
  return (
    <section aria-labelledby="clore-titre" className="card stack">
      <h2 id="clore-titre">{text.closeTitle}</h2>
      <p>{text.closeHelp}</p>
      {failure?.message && !confirmError ? (
        <p className="field__error" role="alert">
          {failure.message}
        </p>
      ) : null}
      <Form method="post" className="stack">
        <CsrfInput />
        <div id="champ-confirm" className={`choice${confirmError ? " field--error" : ""}`}>
          <input
            type="checkbox"
            id="champ-confirm-case"
            name="confirm"
            value="oui"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? "champ-confirm-erreur" : undefined}
          />
          <label htmlFor="champ-confirm-case">{text.closeConfirm}</label>
        </div>
        {confirmError ? (
          <p className="field__error" id="champ-confirm-erreur" role="alert">
            {confirmError}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button--danger">
            {text.close}
          </button>
        </div>
      </Form>
    </section>
  );
}
