import { assistedChannels, signalKinds, submitterTypes } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { ThemeCheckboxes } from "../catalogue/checkbox-group";
import { SelectField } from "../network/select-field";
import { Field, type FormValues, textValue } from "../ui/form";
import { TerritoryCombobox } from "../ui/territory-combobox";
import { ConsentBox } from "./consent-box";

/** The fieldsets of the assisted entry form (`routes/signal-assisted.tsx`), one component each. */

const text = fr.signals.assisted;
const labels = text.fields;

/** What the form shows: the values typed (or kept from the last person) and the errors per field. */
type Typed = { values: FormValues; errors: Record<string, string> };
type Option = { value: string; label: string };

/** The saved signal's reference and link, with the campaign's count so far. */
export function AssistedSaved({
  saved,
  signalCount,
}: {
  saved: { id: string; reference: string; followUpUrl: string | null };
  signalCount: number | undefined;
}) {
  return (
    <div className="notice notice--success" role="status">
      <p>
        {t(text.saved, { reference: saved.reference })}{" "}
        <a href={`/signaux/${saved.id}`}>{t(text.savedLink, { reference: saved.reference })}</a>
        {signalCount !== undefined ? ` ${t(text.savedCount, { count: signalCount })}` : null}
      </p>
      {saved.followUpUrl ? (
        <p>
          {fr.notifications.followUp.teamLink} <a href={saved.followUpUrl}>{saved.followUpUrl}</a>
        </p>
      ) : null}
    </div>
  );
}

/** The session: Fabrique (when the member has several), campaign, channel and territory, kept between people. */
export function SessionFieldset({
  values,
  errors,
  fabriques,
  campaigns,
}: Typed & { fabriques: { id: string; name: string }[]; campaigns: Option[] }) {
  const value = (name: string) => textValue(values[name]);
  return (
    <fieldset className="stack">
      <legend>{text.session}</legend>
      <p className="field__help">{text.sessionHelp}</p>
      {fabriques.length > 1 ? (
        <SelectField
          name="fabriqueId"
          label={labels.fabriqueId}
          options={fabriques.map((f) => ({ value: f.id, label: f.name }))}
          placeholder={fr.signals.form.choose}
          required
          defaultValue={value("fabriqueId")}
          error={errors.fabriqueId}
        />
      ) : null}
      <SelectField
        name="campaignId"
        label={labels.campaignId}
        options={campaigns}
        placeholder={text.campaignNone}
        defaultValue={value("campaignId")}
        error={errors.campaignId}
      />
      <SelectField
        name="channel"
        label={labels.channel}
        options={assistedChannels.map((c) => ({ value: c, label: fr.signals.channels[c] }))}
        required
        defaultValue={value("channel")}
        error={errors.channel}
      />
      <TerritoryCombobox
        mode="field"
        name="territory"
        label={labels.territory}
        help={text.help.territory}
        defaultValue={value("territory") ?? ""}
        defaultQuery={value("territoryQuery") ?? ""}
        error={errors.territory}
      />
    </fieldset>
  );
}

/** What the person reports: title, description, kind and themes. */
export function WhatFieldset({
  values,
  errors,
  themes,
  focusTitle,
}: Typed & { themes: { code: string; label: string }[]; focusTitle: boolean }) {
  return (
    <fieldset className="stack">
      <legend>{text.what}</legend>
      <Field
        name="title"
        label={labels.title}
        defaultValue={textValue(values.title)}
        error={errors.title}
        required
        autoFocus={focusTitle}
      />
      <Field
        name="description"
        label={labels.description}
        defaultValue={textValue(values.description)}
        error={errors.description}
        required
        multiline
      />
      <SelectField
        name="kind"
        label={labels.kind}
        options={signalKinds.map((kind) => ({ value: kind, label: fr.signals.publicKinds[kind] }))}
        placeholder={fr.signals.form.choose}
        required
        defaultValue={textValue(values.kind)}
        error={errors.kind}
      />
      <ThemeCheckboxes legend={labels.themes} themes={themes} values={values} errors={errors} />
    </fieldset>
  );
}

/** Who reports it: name, e-mail, kind of person, and their consent to be contacted by the Fabrique. */
export function PersonFieldset({ values, errors, fabriqueName }: Typed & { fabriqueName: string }) {
  return (
    <fieldset className="stack">
      <legend>{text.person}</legend>
      <Field
        name="submitterName"
        label={labels.submitterName}
        defaultValue={textValue(values.submitterName)}
        error={errors.submitterName}
        required
      />
      <Field
        name="submitterEmail"
        label={labels.submitterEmail}
        defaultValue={textValue(values.submitterEmail)}
        error={errors.submitterEmail}
        type="email"
        help={text.help.submitterEmail}
      />
      <SelectField
        name="submitterType"
        label={labels.submitterType}
        options={submitterTypes.map((type) => ({ value: type, label: fr.signals.submitterTypes[type] }))}
        required
        defaultValue={textValue(values.submitterType)}
        error={errors.submitterType}
      />
      <ConsentBox
        label={t(text.consentLabel, { fabrique: fabriqueName })}
        checked={values.consent === "oui"}
        error={errors.consent}
      />
    </fieldset>
  );
}
