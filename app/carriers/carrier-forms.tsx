import { Form } from "react-router";
import {
  carrierKinds,
  followUpMilestones,
  handoverItems,
  outcomeKinds,
  turnoverBands,
} from "../../shared/codes/initiatives";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CheckboxGroup } from "../catalogue/checkbox-group";
import { SelectField } from "../network/select-field";
import { RadioGroup } from "../signals/radio-group";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure, type FormValues, textValue } from "../ui/form";

const text = fr.carriers;

/** What a form of this page shows: the values to start from and, if it was the one posted, its failure. */
export type FormState = { values: FormValues; failure: FormFailure | null };

const list = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];

type Option = { value: string; label: string };

function Intent({ value }: { value: string }) {
  return (
    <>
      <CsrfInput />
      <input type="hidden" name="intent" value={value} />
    </>
  );
}

export function CandidateForm({
  state,
  organisations,
  contacts,
}: {
  state: FormState;
  organisations: Option[];
  contacts: Option[];
}) {
  const f = text.fields;
  const errors = state.failure?.fields ?? {};
  return (
    <Form method="post" noValidate className="stack card">
      <h3>{text.addTitle}</h3>
      <ErrorSummary failure={state.failure} labels={f} />
      <Intent value="candidate" />
      <SelectField
        name="kind"
        label={f.kind}
        required
        options={carrierKinds.map((kind) => ({ value: kind, label: text.kinds[kind] }))}
        defaultValue={textValue(state.values.kind) || "existing_structure"}
        error={errors.kind}
      />
      <Field
        name="name"
        label={f.name}
        help={f.nameHelp}
        required
        defaultValue={textValue(state.values.name) ?? ""}
        error={errors.name}
      />
      {organisations.length ? (
        <SelectField
          name="organisationId"
          label={f.organisationId}
          placeholder={text.noDirectoryChoice}
          options={organisations}
          defaultValue={textValue(state.values.organisationId) ?? ""}
          error={errors.organisationId}
        />
      ) : null}
      {contacts.length ? (
        <SelectField
          name="contactId"
          label={f.contactId}
          placeholder={text.noDirectoryChoice}
          options={contacts}
          defaultValue={textValue(state.values.contactId) ?? ""}
          error={errors.contactId}
        />
      ) : null}
      <Field
        name="note"
        label={f.note}
        multiline
        defaultValue={textValue(state.values.note) ?? ""}
        error={errors.note}
      />
      <button type="submit" className="button">
        {text.add}
      </button>
    </Form>
  );
}

export function HandoverForm({ state }: { state: FormState }) {
  const f = text.fields;
  const errors = state.failure?.fields ?? {};
  return (
    <Form method="post" noValidate className="stack">
      <ErrorSummary failure={state.failure} labels={f} />
      <Intent value="handover" />
      <CheckboxGroup
        name="transferred"
        legend={f.transferred}
        options={handoverItems.map((item) => ({ value: item, label: text.items[item] }))}
        checked={list(state.values.transferred)}
        error={errors.transferred}
      />
      <Field
        name="conditions"
        label={f.conditions}
        help={f.conditionsHelp}
        multiline
        defaultValue={textValue(state.values.conditions) ?? ""}
        error={errors.conditions}
      />
      <Field
        name="handedOverOn"
        label={f.handedOverOn}
        type="date"
        required
        defaultValue={textValue(state.values.handedOverOn) ?? ""}
        error={errors.handedOverOn}
      />
      <button type="submit" className="button">
        {text.handoverSave}
      </button>
    </Form>
  );
}

export function InviteForm({ state }: { state: FormState }) {
  const f = text.fields;
  const errors = state.failure?.fields ?? {};
  return (
    <Form method="post" noValidate className="stack">
      <ErrorSummary failure={state.failure} labels={f} />
      <Intent value="invite" />
      <Field
        name="email"
        label={f.email}
        help={f.emailHelp}
        type="email"
        autoComplete="off"
        required
        defaultValue={textValue(state.values.email) ?? ""}
        error={errors.email}
      />
      <button type="submit" className="button">
        {text.invite}
      </button>
    </Form>
  );
}

/** The jobs the activity opened: in total, in insertion, for disabled workers (full-time equivalents). */
function OutcomeJobsFields({ state }: { state: FormState }) {
  const f = text.outcome.fields;
  const errors = state.failure?.fields ?? {};
  return (
    <>
      <Field
        name="jobs"
        label={f.jobs}
        help={f.jobsHelp}
        inputMode="decimal"
        defaultValue={textValue(state.values.jobs) ?? ""}
        error={errors.jobs}
      />
      <Field
        name="insertionJobs"
        label={f.insertionJobs}
        inputMode="decimal"
        defaultValue={textValue(state.values.insertionJobs) ?? ""}
        error={errors.insertionJobs}
      />
      <Field
        name="disabilityJobs"
        label={f.disabilityJobs}
        inputMode="decimal"
        defaultValue={textValue(state.values.disabilityJobs) ?? ""}
        error={errors.disabilityJobs}
      />
    </>
  );
}

export function OutcomeForm({
  state,
  models,
  organisations,
}: {
  state: FormState;
  models: Option[];
  organisations: Option[];
}) {
  const f = text.outcome.fields;
  const errors = state.failure?.fields ?? {};
  return (
    <Form method="post" noValidate className="stack">
      <ErrorSummary failure={state.failure} labels={f} />
      <Intent value="outcome" />
      <RadioGroup
        name="kind"
        legend={f.kind}
        required
        options={outcomeKinds.map((kind) => ({ value: kind, label: text.outcome.kinds[kind] }))}
        checked={textValue(state.values.kind) ?? ""}
        error={errors.kind}
      />
      <SelectField
        name="modelId"
        label={f.modelId}
        help={f.modelHelp}
        placeholder={text.outcome.noModelChoice}
        options={models}
        defaultValue={textValue(state.values.modelId) ?? ""}
        error={errors.modelId}
      />
      <Field
        name="activityName"
        label={f.activityName}
        required
        defaultValue={textValue(state.values.activityName) ?? ""}
        error={errors.activityName}
      />
      {organisations.length ? (
        <SelectField
          name="organisationId"
          label={f.organisationId}
          placeholder={text.noDirectoryChoice}
          options={organisations}
          defaultValue={textValue(state.values.organisationId) ?? ""}
          error={errors.organisationId}
        />
      ) : null}
      <Field
        name="openedOn"
        label={f.openedOn}
        type="date"
        required
        defaultValue={textValue(state.values.openedOn) ?? ""}
        error={errors.openedOn}
      />
      <OutcomeJobsFields state={state} />
      <Field
        name="note"
        label={f.note}
        multiline
        defaultValue={textValue(state.values.note) ?? ""}
        error={errors.note}
      />
      <button type="submit" className="button">
        {text.outcome.save}
      </button>
    </Form>
  );
}

/** The jobs a follow-up measures: all of them, then those in insertion and for disabled workers. */
function FollowUpJobs({ state }: { state: FormState }) {
  const f = text.followUp.fields;
  const errors = state.failure?.fields ?? {};
  return (
    <>
      {(["jobs", "insertionJobs", "disabilityJobs"] as const).map((name) => (
        <Field
          key={name}
          name={name}
          label={f[name]}
          inputMode="decimal"
          help={text.outcome.fields.jobsHelp}
          defaultValue={textValue(state.values[name]) ?? ""}
          error={errors[name]}
        />
      ))}
    </>
  );
}

export function FollowUpForm({ state }: { state: FormState }) {
  const f = text.followUp.fields;
  const errors = state.failure?.fields ?? {};
  return (
    <Form method="post" noValidate className="stack">
      <ErrorSummary failure={state.failure} labels={f} />
      <Intent value="follow_up" />
      <SelectField
        name="milestoneMonths"
        label={f.milestoneMonths}
        required
        options={followUpMilestones.map((months) => ({
          value: String(months),
          label: t(text.followUp.milestone, { months }),
        }))}
        defaultValue={textValue(state.values.milestoneMonths) || "6"}
        error={errors.milestoneMonths}
      />
      <Field
        name="measuredOn"
        label={f.measuredOn}
        type="date"
        required
        defaultValue={textValue(state.values.measuredOn) ?? ""}
        error={errors.measuredOn}
      />
      <SelectField
        name="stillRunning"
        label={f.stillRunning}
        required
        options={(["yes", "no"] as const).map((value) => ({ value, label: text.followUp.running[value] }))}
        defaultValue={textValue(state.values.stillRunning) || "yes"}
        error={errors.stillRunning}
      />
      <FollowUpJobs state={state} />
      <SelectField
        name="turnoverBand"
        label={f.turnoverBand}
        options={[
          { value: "", label: text.followUp.noBand },
          ...turnoverBands.map((value) => ({ value, label: text.followUp.turnoverBands[value] })),
        ]}
        defaultValue={textValue(state.values.turnoverBand) ?? ""}
        error={errors.turnoverBand}
      />
      <Field
        name="revenue"
        label={f.revenue}
        inputMode="decimal"
        defaultValue={textValue(state.values.revenue) ?? ""}
        error={errors.revenue}
      />
      <Field
        name="beneficiaries"
        label={f.beneficiaries}
        inputMode="numeric"
        defaultValue={textValue(state.values.beneficiaries) ?? ""}
        error={errors.beneficiaries}
      />
      <Field
        name="note"
        label={f.note}
        multiline
        defaultValue={textValue(state.values.note) ?? ""}
        error={errors.note}
      />
      <button type="submit" className="button">
        {text.followUp.save}
      </button>
    </Form>
  );
}
