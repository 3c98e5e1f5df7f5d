import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { type CampaignSignal, getCampaign } from "../../server/campaigns/get-campaign";
import { closeCampaign } from "../../server/campaigns/update-campaign";
import { requireActor } from "../../server/http/require-actor";
import { DEFAULT_ADDRESS_LIMIT } from "../../server/intake/intake-rules";
import { signalKinds } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { CampaignStateBadge } from "../campaigns/campaign-state-badge";
import { doneFlag, valueOr404 } from "../network/page-results";
import { SignalStatusBadge } from "../signals/signal-status-badge";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/campaign";

const text = fr.campaigns.detail;
const flags = ["ouverte", "enregistree", "close"] as const;

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData
    ? [{ title: `${loaderData.campaign.title} — ${fr.campaigns.list.title} — ${fr.common.appName}` }]
    : [{ title: `${fr.common.notFoundTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const campaign = valueOr404(await getCampaign(context.deps, actor, params.id));
  const publicPath = `/f/${campaign.fabriqueSlug}/campagnes/${campaign.slug}`;
  return {
    campaign,
    publicPath,
    publicUrl: `${context.deps.config.publicUrl.replace(/\/$/, "")}${publicPath}`,
    done: doneFlag(request, flags),
  };
}

/** Closing early asks for a confirmation (a checkbox, so it works without JavaScript). */
export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  if (form.text("confirm") !== "oui") {
    return replyFailure(
      {
        ok: false,
        error: "INVALID_INPUT",
        message: fr.campaigns.validation.confirmClose,
        fields: { confirm: fr.campaigns.validation.confirmClose },
      },
      form,
    );
  }
  const result = await closeCampaign(context.deps, actor, params.id);
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/campagnes/${params.id}?done=close`);
}

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

export default function CampaignPage() {
  const { campaign, publicPath, publicUrl, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const confirmError = failure?.fields.confirm;
  return (
    <div className="stack">
      <p>
        <a href="/campagnes">{text.breadcrumb}</a>
      </p>
      {done ? (
        <p className="notice notice--success" role="status">
          {done === "ouverte" ? text.created : done === "close" ? text.closedDone : text.saved}
        </p>
      ) : null}
      <h1>{campaign.title}</h1>
      <p className="lead">{campaign.question}</p>
      {campaign.description ? <p>{campaign.description}</p> : null}
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
      {campaign.canEdit ? (
        <p className="actions">
          <a className="button" href={`/signaux/saisie?campaign=${campaign.id}`}>
            {text.assisted}
          </a>
          <a className="button button--secondary" href={`/campagnes/${campaign.id}/modifier`}>
            {text.edit}
          </a>
        </p>
      ) : null}

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

      {campaign.canEdit && campaign.state !== "closed" ? (
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
      ) : null}
    </div>
  );
}
