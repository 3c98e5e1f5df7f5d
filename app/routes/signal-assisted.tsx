import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { listCampaigns } from "../../server/campaigns/list-campaigns";
import { listThemes } from "../../server/catalogue/list-themes";
import { requireActor } from "../../server/http/require-actor";
import { assistingFabriques, createAssistedSignal } from "../../server/signals/create-assisted-signal";
import { getSignal } from "../../server/signals/get-signal";
import { getSubmitterFollowUp } from "../../server/signals/signal-public-answer";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import { assistedChannels } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { notFound } from "../network/page-results";
import { AssistedSaved, PersonFieldset, SessionFieldset, WhatFieldset } from "../signals/assisted-sections";
import { submitterFieldNames } from "../signals/signal-fields";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import type { Route } from "./+types/signal-assisted";

const text = fr.signals.assisted;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/** What is kept from one person to the next, carried in the URL: `?campaign=&channel=&territory=`. */
const sessionKeys = { campaignId: "campaign", channel: "channel", territory: "territory" } as const;

/**
 * `/signaux/saisie`: saisie assistée at an event (decision record 0037). The team member enters
 * one resident after another; the campaign, the channel and the territory stay for the next one,
 * and the reference just given is shown with a link.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.assistedSignal);
  const actor = requireActor(context, request);
  const fabriques = assistingFabriques(actor);
  if (!fabriques.length) notFound();
  const url = new URL(request.url);
  const param = (key: string) => url.searchParams.get(key) ?? "";
  const campaigns = await listCampaigns(context.deps, actor);
  const own = (campaigns.ok ? campaigns.value : []).filter((c) =>
    fabriques.some((f) => f.id === c.fabriqueId),
  );
  const chosen = own.find((c) => c.id === param(sessionKeys.campaignId));
  const typedTerritory = param(sessionKeys.territory);
  const campaignTerritory =
    chosen?.territoryKind && chosen.territoryCode ? `${chosen.territoryKind}:${chosen.territoryCode}` : "";
  const territory = await resolveTerritoryInput(context.deps, { value: typedTerritory || campaignTerritory });
  const saved = param("derniere") ? await getSignal(context.deps, actor, param("derniere")) : null;
  const followUp = saved?.ok ? await getSubmitterFollowUp(context.deps, actor, saved.value.id) : null;
  return {
    fabriques,
    campaigns: own.map((c) => ({ value: c.id, label: c.title, signalCount: c.signalCount })),
    themes: await listThemes(context.deps),
    session: {
      fabriqueId: chosen?.fabriqueId ?? (fabriques.length === 1 ? fabriques[0]!.id : ""),
      campaignId: chosen?.id ?? "",
      channel: (assistedChannels as readonly string[]).includes(param(sessionKeys.channel))
        ? param(sessionKeys.channel)
        : "event",
      territory: territory.ok && territory.value ? `${territory.value.kind}:${territory.value.code}` : "",
      territoryQuery: territory.ok && territory.value ? territory.value.name : "",
      submitterType: "resident",
    },
    saved: saved?.ok
      ? {
          id: saved.value.id,
          reference: saved.value.reference,
          followUpUrl: followUp?.ok ? (followUp.value?.url ?? null) : null,
        }
      : null,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const territory = await resolveTerritoryInput(context.deps, {
    value: form.text("territory"),
    query: form.text("territoryQuery"),
  });
  const reply = { forbidden: "explain", rename: submitterFieldNames } as const;
  if (!territory.ok) return replyFailure(territory, form, reply);
  const result = await createAssistedSignal(context.deps, actor, {
    fabriqueId: form.optional("fabriqueId"),
    campaignId: form.optional("campaignId"),
    channel: form.optional("channel"),
    kind: form.text("kind"),
    title: form.text("title"),
    description: form.text("description"),
    territory: territory.value ?? undefined,
    themes: form.list("themes"),
    submitter: {
      name: form.text("submitterName"),
      email: form.text("submitterEmail"),
      type: form.optional("submitterType"),
    },
    consent: form.text("consent") === "oui",
  });
  if (!result.ok) return replyFailure(result, form, reply);
  const next = new URLSearchParams();
  if (form.text("campaignId")) next.set(sessionKeys.campaignId, form.text("campaignId"));
  next.set(sessionKeys.channel, form.text("channel"));
  if (territory.value) next.set(sessionKeys.territory, `${territory.value.kind}:${territory.value.code}`);
  next.set("derniere", result.value.id);
  return redirect(`/signaux/saisie?${next}`);
}

export default function SignalAssisted() {
  const { fabriques, campaigns, themes, session, saved } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const values: Record<string, string | string[]> = failure?.values ?? session;
  const errors = failure?.fields ?? {};
  const fabriqueName =
    fabriques.find((f) => f.id === textValue(values.fabriqueId))?.name ??
    fabriques[0]?.name ??
    fr.common.appName;
  const campaign = campaigns.find((c) => c.value === session.campaignId);
  return (
    <div className="stack">
      <p>
        <a href="/signaux">{fr.signals.detail.breadcrumb}</a>
      </p>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {saved && !failure ? <AssistedSaved saved={saved} signalCount={campaign?.signalCount} /> : null}
      <ErrorSummary failure={failure} labels={text.fields} />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <SessionFieldset values={values} errors={errors} fabriques={fabriques} campaigns={campaigns} />
        <WhatFieldset
          values={values}
          errors={errors}
          themes={themes}
          focusTitle={Boolean(saved) && !failure}
        />
        <PersonFieldset values={values} errors={errors} fabriqueName={fabriqueName} />
        <button type="submit" className="button">
          {text.submit}
        </button>
      </Form>
    </div>
  );
}
