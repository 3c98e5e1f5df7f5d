import { contractKinds, costCategories, costTimings, grantStatuses } from "../../shared/codes/forecasts";
import { formatEuros } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import type { ListSection } from "./forecast-form";

/** Which fields each line of the forecast editor has, by section and kind of line. */

const text = fr.forecasts;
const f = text.fields;

export type Option = { value: string; label: string };
export type FieldSpec = {
  key: string;
  label: string;
  options?: Option[];
  multiline?: boolean;
  help?: string;
  numeric?: boolean;
};

export type EditorChoices = {
  aidRates: {
    code: string;
    label: string;
    annualAmountCents: number;
    year: number;
    contractKinds: readonly string[];
  }[];
  salesLines: Option[];
  revenueLines: Option[];
};

export const options = <K extends string>(keys: readonly K[], labels: Record<K, string>): Option[] =>
  keys.map((value) => ({ value, label: labels[value] }));
const period: FieldSpec[] = [
  { key: "startMonth", label: f.startMonthN, numeric: true },
  { key: "endMonth", label: f.endMonthN, numeric: true },
];

const money = (key: string, label: string): FieldSpec => ({
  key,
  label,
  numeric: true,
  help: text.editor.numberHelp,
});

function revenueFields(kind: unknown): FieldSpec[] {
  const label: FieldSpec = { key: "label", label: f.label };
  switch (kind) {
    case "sales":
      return [
        label,
        { key: "volumePerMonth", label: f.volumePerMonth, numeric: true },
        money("unitPriceCents", f.unitPrice),
        { key: "rampUpMonths", label: f.rampUpMonths, numeric: true },
        { key: "seasonality", label: f.seasonality },
        ...period,
      ];
    case "grant":
      return [
        label,
        { key: "funder", label: f.funder },
        {
          key: "funderKind",
          label: f.funderKind,
          options: options(["public", "private"] as const, text.funderKinds),
        },
        { key: "status", label: f.status, options: options(grantStatuses, text.grantStatuses) },
        money("amountCents", f.amount),
        ...period,
        { key: "paymentMonths", label: f.paymentMonths },
      ];
    case "volunteering":
    case "in_kind":
      return [label, money("monthlyValueCents", f.monthlyValue), ...period];
    default:
      return [label, money("monthlyAmountCents", f.monthlyAmount), ...period];
  }
}

function staffFields(choices: EditorChoices): FieldSpec[] {
  return [
    { key: "position", label: f.position },
    { key: "ftePermille", label: f.fte, numeric: true },
    ...period,
    money("grossMonthlySalaryCents", f.grossSalary),
    { key: "employerChargeRateBp", label: f.chargeRate, numeric: true },
    { key: "contractKind", label: f.contractKind, options: options(contractKinds, text.contractKinds) },
    {
      key: "aidRateCode",
      label: f.aidRate,
      options: [
        { value: "", label: text.none },
        ...choices.aidRates.map((r) => ({
          value: r.code,
          label: `${r.label} (${formatEuros(r.annualAmountCents)}, ${r.year})`,
        })),
      ],
    },
  ];
}

function costFields(choices: EditorChoices): FieldSpec[] {
  return [
    { key: "label", label: f.label },
    { key: "category", label: f.category, options: options(costCategories, text.costCategories) },
    {
      key: "mode",
      label: f.mode,
      options: options(["fixed", "share_of_sales"] as const, text.costModes),
    },
    money("monthlyAmountCents", f.monthlyAmount),
    { key: "shareBp", label: f.share, numeric: true },
    {
      key: "salesLineId",
      label: f.salesLine,
      options: [{ value: "", label: text.none }, ...choices.salesLines],
    },
    { key: "timing", label: f.timing, options: options(costTimings, text.costTimings) },
    ...period,
  ];
}

function financingFields(kind: unknown): FieldSpec[] {
  const common: FieldSpec[] = [
    { key: "label", label: f.label },
    money("amountCents", f.amount),
    { key: "month", label: f.month, numeric: true },
  ];
  if (kind === "loan")
    return [
      ...common,
      { key: "annualRateBp", label: f.annualRate, numeric: true },
      { key: "durationMonths", label: f.durationMonths, numeric: true },
    ];
  if (kind === "honour_loan")
    return [
      ...common,
      { key: "durationMonths", label: f.durationMonths, numeric: true },
      { key: "deferralMonths", label: f.deferralMonths, numeric: true },
    ];
  if (kind === "investment_grant")
    return [...common, { key: "depreciationYears", label: f.depreciationYears, numeric: true }];
  return common;
}

/** The fields of one line, by section and kind. */
export function fieldsOf(
  section: ListSection,
  row: Record<string, unknown>,
  choices: EditorChoices,
): FieldSpec[] {
  switch (section) {
    case "revenues":
      return revenueFields(row.kind);
    case "staff":
      return staffFields(choices);
    case "costs":
      return costFields(choices);
    case "investments":
      return [
        { key: "label", label: f.label },
        money("amountCents", f.amount),
        { key: "month", label: f.month, numeric: true },
        { key: "depreciationYears", label: f.depreciationYears, numeric: true },
      ];
    case "financing":
      return financingFields(row.kind);
    case "crossSubsidies":
      return [
        { key: "label", label: f.label },
        { key: "fromSalesLineId", label: f.fromSalesLine, options: choices.salesLines },
        {
          key: "toRevenueLineId",
          label: f.toRevenueLine,
          options: [{ value: "", label: text.none }, ...choices.revenueLines],
        },
        { key: "socialActivity", label: f.socialActivity },
        { key: "shareBp", label: f.marginShare, numeric: true },
      ];
  }
}
