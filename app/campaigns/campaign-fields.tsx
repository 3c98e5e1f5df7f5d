import { DEFAULT_ADDRESS_LIMIT } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { type FormValues, textFields, textValue } from "../ui/form";
import { TerritoryCombobox } from "../ui/territory-combobox";

const labels = fr.campaigns.fields;
const help = fr.campaigns.help;

/** The fields of a campaign, shared by the "open" and "edit" pages. */
export function CampaignFields({ values, errors }: { values: FormValues; errors: Record<string, string> }) {
  const field = textFields(labels, values, errors);
  return (
    <>
      {field("title", { required: true, help: help.title })}
      {field("question", { required: true, help: help.question })}
      {field("description", { multiline: true, help: help.description })}
      {field("audience", { help: help.audience })}
      {field("opensOn", { required: true, type: "date", help: help.date })}
      {field("closesOn", { required: true, type: "date", help: help.date })}
      <TerritoryCombobox
        mode="field"
        name="territory"
        label={labels.territory}
        help={help.territory}
        defaultValue={textValue(values.territory) ?? ""}
        defaultQuery={textValue(values.territoryQuery) ?? ""}
        error={errors.territory}
      />
      {field("slug", { help: help.slug })}
      {field("addressLimitPerHour", {
        inputMode: "numeric",
        help: t(help.addressLimitPerHour, { limit: DEFAULT_ADDRESS_LIMIT }),
      })}
    </>
  );
}
