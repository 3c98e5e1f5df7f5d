import { Form } from "react-router";
import type { DecisionKind, DecisionPath, DocumentAudience } from "../../shared/codes/meetings";
import { decisionKinds, decisionPaths, documentAudiences } from "../../shared/codes/meetings";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, formatDateTime } from "../../shared/time";
import { SelectField } from "../network/select-field";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure } from "../ui/form";

const text = fr.meetings;

export type DecisionItem = {
  id: string;
  meetingId: string | null;
  meetingTitle: string | null;
  stage: string;
  kind: DecisionKind;
  path: DecisionPath | null;
  modelTitle: string | null;
  rationale: string;
  decidedBy: string;
  decidedOn: string;
};

/** The failure of one form among several on a page: only the form that was posted shows it. */
export type IntentFailure = FormFailure;

export const failureFor = (failure: IntentFailure | undefined, intent: string) =>
  failure?.values.intent === intent ? failure : undefined;

const stageLabel = (stage: string) => (fr.initiatives.stages as Record<string, string>)[stage] ?? stage;

export function DecisionList({
  decisions,
  showMeeting,
}: {
  decisions: DecisionItem[];
  showMeeting: boolean;
}) {
  if (!decisions.length) return <p>{text.decisions.none}</p>;
  return (
    <ul className="stack">
      {decisions.map((d) => (
        <li key={d.id} className="card">
          <p>
            <strong>{text.decisions.kinds[d.kind]}</strong>
            {d.path ? ` — ${text.decisions.paths[d.path]}` : null}
            {d.modelTitle ? ` : ${d.modelTitle}` : null} · {formatDate(d.decidedOn)} ·{" "}
            {t(text.decisions.stage, { stage: stageLabel(d.stage) })}
          </p>
          <p className="pre-line">{d.rationale}</p>
          <p className="card__meta">
            {d.decidedBy}
            {showMeeting && d.meetingId && d.meetingTitle ? (
              <>
                {" · "}
                <a href={`/reunions/${d.meetingId}`}>
                  {t(text.decisions.onMeeting, { title: d.meetingTitle })}
                </a>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** In the study stage, the path the decision takes and the model it replicates. */
function PathAndModelFields({
  values,
  errors,
  models,
}: {
  values: IntentFailure["values"];
  errors: Record<string, string>;
  models: { id: string; title: string }[];
}) {
  const labels = text.decisions.fields;
  return (
    <>
      <SelectField
        name="path"
        label={labels.path}
        help={text.decisions.help.path}
        placeholder="—"
        options={decisionPaths.map((value) => ({ value, label: text.decisions.paths[value] }))}
        defaultValue={values.path}
        error={errors.path}
      />
      <SelectField
        name="modelId"
        label={labels.modelId}
        placeholder="—"
        options={models.map((m) => ({ value: m.id, label: m.title }))}
        defaultValue={values.modelId}
        error={errors.modelId}
      />
    </>
  );
}

export function DecisionForm({
  failure,
  meetings,
  models,
  showPath,
  today,
}: {
  failure?: IntentFailure;
  /** Meetings to pick from; omitted on a meeting's own page. */
  meetings?: { id: string; title: string; startsAt: string | Date }[];
  models: { id: string; title: string }[];
  showPath: boolean;
  today: string;
}) {
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  const labels = text.decisions.fields;
  return (
    <Form method="post" className="stack" noValidate>
      <h3>{text.decisions.addTitle}</h3>
      <ErrorSummary failure={failure} labels={labels} />
      <CsrfInput />
      <input type="hidden" name="intent" value="decision" />
      {meetings ? (
        <SelectField
          name="meetingId"
          label={labels.meetingId}
          help={text.decisions.help.meetingId}
          placeholder="—"
          options={meetings.map((m) => ({
            value: m.id,
            label: `${m.title} (${formatDateTime(m.startsAt)})`,
          }))}
          defaultValue={values.meetingId}
          error={errors.meetingId}
        />
      ) : null}
      <SelectField
        name="kind"
        label={labels.kind}
        required
        placeholder="—"
        options={decisionKinds.map((value) => ({ value, label: text.decisions.kinds[value] }))}
        defaultValue={values.kind}
        error={errors.kind}
      />
      {showPath ? <PathAndModelFields values={values} errors={errors} models={models} /> : null}
      <Field
        name="rationale"
        label={labels.rationale}
        required
        multiline
        defaultValue={values.rationale}
        error={errors.rationale}
      />
      <Field
        name="decidedBy"
        label={labels.decidedBy}
        required
        help={text.decisions.help.decidedBy}
        defaultValue={values.decidedBy}
        error={errors.decidedBy}
      />
      <Field
        name="decidedOn"
        label={labels.decidedOn}
        required
        help={text.help.date}
        defaultValue={values.decidedOn ?? today}
        error={errors.decidedOn}
      />
      <button type="submit" className="button">
        {text.decisions.add}
      </button>
    </Form>
  );
}

export type DocumentItem = {
  id: string;
  filename: string;
  sizeBytes: number;
  audience: DocumentAudience;
  createdAt: string | Date;
};

export function DocumentList({ documents }: { documents: DocumentItem[] }) {
  if (!documents.length) return <p>{text.documents.none}</p>;
  return (
    <ul>
      {documents.map((d) => (
        <li key={d.id}>
          <a href={`/documents/${d.id}`} download>
            {d.filename}
          </a>{" "}
          — {t(text.documents.size, { size: formatInteger(Math.max(1, Math.round(d.sizeBytes / 1024))) })} ·{" "}
          {text.documents.audiences[d.audience]} · {t(text.documents.by, { date: formatDate(d.createdAt) })}
        </li>
      ))}
    </ul>
  );
}

/**
 * A plain multipart form: the page bridge hands the raw body to React Router, whose
 * `request.formData()` reads the file, so uploading works without JavaScript.
 */
export function DocumentForm({ failure }: { failure?: IntentFailure }) {
  const errors = failure?.fields ?? {};
  const labels = text.documents.fields;
  return (
    <Form method="post" encType="multipart/form-data" className="stack" noValidate>
      <h3>{text.documents.uploadTitle}</h3>
      <ErrorSummary failure={failure} labels={labels} />
      <CsrfInput />
      <input type="hidden" name="intent" value="document" />
      <div className={`field${errors.file ? " field--error" : ""}`}>
        <label htmlFor="champ-file">{labels.file}</label>
        <p className="field__help" id="champ-file-aide">
          {text.documents.help.file}
        </p>
        {errors.file ? (
          <p className="field__error" id="champ-file-erreur">
            {errors.file}
          </p>
        ) : null}
        <input
          id="champ-file"
          type="file"
          name="file"
          required
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={errors.file ? "champ-file-aide champ-file-erreur" : "champ-file-aide"}
        />
      </div>
      <SelectField
        name="audience"
        label={labels.audience}
        required
        options={documentAudiences.map((value) => ({ value, label: text.documents.audiences[value] }))}
        defaultValue={failure?.values.audience ?? "team"}
        error={errors.audience}
      />
      <button type="submit" className="button">
        {text.documents.upload}
      </button>
    </Form>
  );
}

/**
 * The decisions of a meeting or of an initiative (`heading` 3 on a meeting's page, 2 on the
 * initiative's), and for the team the form that records one, open when it failed.
 */
export function DecisionsSection({
  heading,
  decisions,
  showMeeting,
  canEdit,
  failure,
  form,
}: {
  heading: "h2" | "h3";
  decisions: React.ComponentProps<typeof DecisionList>["decisions"];
  showMeeting: boolean;
  canEdit: boolean;
  failure: IntentFailure | undefined;
  form: Omit<React.ComponentProps<typeof DecisionForm>, "failure">;
}) {
  const Heading = heading;
  const decisionFailure = failureFor(failure, "decision");
  return (
    <section aria-labelledby="decisions" className="stack">
      <Heading id="decisions">{text.decisions.title}</Heading>
      <DecisionList decisions={decisions} showMeeting={showMeeting} />
      {canEdit ? (
        <details open={Boolean(decisionFailure)}>
          <summary>{text.decisions.add}</summary>
          <DecisionForm failure={decisionFailure} {...form} />
        </details>
      ) : null}
    </section>
  );
}

/** The documents of a meeting or of an initiative, and for the team the upload form. */
export function DocumentsSection({
  heading,
  documents,
  canEdit,
  failure,
}: {
  heading: "h2" | "h3";
  documents: React.ComponentProps<typeof DocumentList>["documents"];
  canEdit: boolean;
  failure: IntentFailure | undefined;
}) {
  const Heading = heading;
  const documentFailure = failureFor(failure, "document");
  return (
    <section aria-labelledby="documents" className="stack">
      <Heading id="documents">{text.documents.title}</Heading>
      <DocumentList documents={documents} />
      {canEdit ? (
        <details open={Boolean(documentFailure)}>
          <summary>{text.documents.uploadTitle}</summary>
          <DocumentForm failure={documentFailure} />
        </details>
      ) : null}
    </section>
  );
}
