import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import { fieldErrors, formToObject } from "../../server/core/validation";
import { submitterTypes } from "../../server/db/schema/signals";
import { getPublicFabrique } from "../../server/network/get-public-fabrique";
import { createPublicSignal, recordSubmissionAttempt } from "../../server/signals/create-public-signal";
import { checkFormStamp, clientKeyOf, signFormStamp } from "../../server/signals/form-stamp";
import { type PublicSignalInput, publicSignalInput } from "../../server/signals/signal-schemas";
import { resolveTerritoryInput } from "../../server/territories/resolve-territory-input";
import { CheckboxGroup } from "../catalogue/checkbox-group";
import { fr } from "../i18n/fr";
import { t } from "../i18n/t";
import { valueOr404 } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { listValue, type SignalFormFailure, signalFormFailure, textValue } from "../signals/form-failure";
import { RadioGroup } from "../signals/radio-group";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field } from "../ui/form";
import { TerritoryCombobox } from "../ui/territory-combobox";
import type { Route } from "./+types/fabrique-propose";

const text = fr.signals.public;
const labels = { ...fr.signals.fields, _: fr.signals.fields.consent };
/** The order the public reads the kinds in: the most frequent first. */
const publicKindOrder = ["need", "idea", "resource", "replication", "territory"] as const;

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData
    ? [{ title: `${text.title} — ${loaderData.fabrique.name} — ${fr.common.appName}` }]
    : [{ title: `${fr.common.notFoundTitle} — ${fr.common.appName}` }];

/** The public form of a Fabrique: no account; the page carries the signed time it was served. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const fabrique = valueOr404(await getPublicFabrique(context.deps, params.slug));
  return {
    fabrique,
    themes: await listThemes(context.deps),
    stamp: signFormStamp(context.deps.config.secret, context.deps.clock.now()),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const { deps } = context;
  valueOr404(await getPublicFabrique(deps, params.slug));
  const values = formToObject(await request.formData());
  const now = deps.clock.now();
  const freshStamp = signFormStamp(deps.config.secret, now);
  const refuse = (message: string, keepStamp: boolean, status = 400) =>
    signalFormFailure(
      { ok: false, error: "INVALID_INPUT", message },
      {
        ...values,
        stamp: keepStamp ? values.stamp : freshStamp,
      },
      status,
    );

  if (!(await recordSubmissionAttempt(deps, clientKeyOf(deps.config.secret, context.ip)))) {
    return refuse(fr.signals.spam.rateLimited, true, 429);
  }
  // A person never sees the honeypot; only a robot fills it in.
  if (typeof values.website === "string" && values.website.trim() !== "") {
    return refuse(fr.signals.spam.rejected, false);
  }
  const str = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
  const territory = await resolveTerritoryInput(deps, {
    value: str("territory"),
    query: str("territoryQuery"),
  });
  const input = {
    fabrique: params.slug,
    kind: str("kind") as never,
    title: str("title"),
    description: str("description"),
    territory:
      territory.ok && territory.value
        ? { kind: territory.value.kind, code: territory.value.code }
        : undefined,
    themes: listValue(values.themes as string | string[] | undefined),
    submitter: {
      name: str("submitterName"),
      email: str("submitterEmail"),
      type: str("submitterType") as never,
    },
    consent: (values.consent === "oui") as true,
  };
  // Every field's message at once (the territory's included), before the time check, so a
  // person who sends an incomplete form at once learns what is missing rather than "too fast".
  const parsed = publicSignalInput.safeParse(input);
  const fields = {
    ...(parsed.success ? {} : fieldErrors(parsed.error)),
    ...(territory.ok ? {} : territory.fields),
  };
  if (Object.keys(fields).length) {
    return signalFormFailure(
      { ok: false, error: "INVALID_INPUT", fields },
      { ...values, stamp: values.stamp },
    );
  }
  const stamp = checkFormStamp(deps.config.secret, values.stamp, now);
  if (stamp === "tooFast") return refuse(fr.signals.spam.tooFast, true);
  if (stamp !== "ok") return refuse(fr.signals.spam.expired, false);

  const result = await createPublicSignal(deps, input as PublicSignalInput);
  if (!result.ok) return signalFormFailure(result, values);
  return redirect(`/f/${params.slug}/proposer/merci?reference=${encodeURIComponent(result.value.reference)}`);
}

export default function FabriquePropose() {
  const { fabrique, themes, stamp } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as SignalFormFailure | undefined;
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  const field = (name: keyof typeof labels, extra: Partial<React.ComponentProps<typeof Field>> = {}) => (
    <Field
      name={name}
      label={labels[name]}
      defaultValue={textValue(values[name])}
      error={errors[name]}
      {...extra}
    />
  );
  const contact = fabrique.contactEmail ? ` (${fabrique.contactEmail})` : "";
  return (
    <div className="stack">
      <p>
        <a href={`/f/${fabrique.slug}`}>{fabrique.name}</a>
      </p>
      <h1>{text.title}</h1>
      <p className="lead">{t(text.intro, { fabrique: fabrique.name })}</p>
      <ErrorSummary failure={failure ? { ...failure, values: {} } : null} labels={labels} />
      <Form method="post" noValidate className="stack">
        <CsrfInput />
        <input type="hidden" name="stamp" value={textValue(values.stamp) ?? stamp} />
        <RadioGroup
          name="kind"
          legend={text.sections.kind}
          options={publicKindOrder.map((kind) => ({
            value: kind,
            label: fr.signals.publicKinds[kind],
            help: fr.signals.publicKindHelp[kind],
          }))}
          checked={textValue(values.kind)}
          error={errors.kind}
          required
        />
        <fieldset className="stack">
          <legend>{text.sections.what}</legend>
          {field("title", { required: true, help: text.help.title })}
          {field("description", { required: true, multiline: true, help: text.help.description })}
          <TerritoryCombobox
            mode="field"
            name="territory"
            label={labels.territory}
            help={text.help.territory}
            defaultValue={textValue(values.territory) ?? ""}
            defaultQuery={textValue(values.territoryQuery) ?? ""}
            kinds="commune,epci,departement,region,qpv"
            error={errors.territory}
          />
          <CheckboxGroup
            name="themes"
            legend={labels.themes}
            options={themes.map((theme) => ({ value: theme.code, label: theme.label }))}
            checked={listValue(values.themes)}
            error={errors.themes}
            required
          />
        </fieldset>
        <fieldset className="stack">
          <legend>{text.sections.who}</legend>
          <SelectField
            name="submitterType"
            label={labels.submitterType}
            options={submitterTypes.map((type) => ({ value: type, label: fr.signals.submitterTypes[type] }))}
            placeholder={fr.signals.form.choose}
            required
            defaultValue={textValue(values.submitterType)}
            error={errors.submitterType}
          />
          {field("submitterName", { required: true, autoComplete: "name" })}
          {field("submitterEmail", {
            required: true,
            type: "email",
            autoComplete: "email",
            help: text.help.submitterEmail,
          })}
          <div className="visually-hidden" aria-hidden="true">
            <label htmlFor="champ-website">{text.honeypot}</label>
            <input id="champ-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
          </div>
        </fieldset>
        <section aria-labelledby="donnees-titre" className="card">
          <h2 id="donnees-titre">{text.privacyTitle}</h2>
          <p>{t(text.privacy, { fabrique: fabrique.name, contact })}</p>
          <div id="champ-consent" className={`choice${errors.consent ? " field--error" : ""}`}>
            <input
              type="checkbox"
              id="champ-consent-case"
              name="consent"
              value="oui"
              defaultChecked={values.consent === "oui"}
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={errors.consent ? "champ-consent-erreur" : undefined}
            />
            <label htmlFor="champ-consent-case">{t(text.consentLabel, { fabrique: fabrique.name })}</label>
          </div>
          {errors.consent ? (
            <p className="field__error" id="champ-consent-erreur">
              {errors.consent}
            </p>
          ) : null}
        </section>
        <button type="submit" className="button">
          {text.submit}
        </button>
      </Form>
    </div>
  );
}
