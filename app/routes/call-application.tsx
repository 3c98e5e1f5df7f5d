import { Form, useActionData, useLoaderData } from "react-router";
import { getOwnApplication } from "../../server/calls/get-own-application";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { ApplicationForm } from "../calls/application-form";
import { showCall } from "../calls/show-call";
import { changeApplication } from "../calls/submit-application";
import { doneFlag, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import type { FormValues } from "../ui/form";
import type { Route } from "./+types/call-application";

const text = fr.calls.pages;

export const meta = () => [
  { title: `${fr.calls.pages.receiptTitle} — ${fr.common.appName}` },
  { name: "referrer", content: "same-origin" },
];

/**
 * The applicant's page behind their private link (no account): the receipt after sending, the
 * application to complete, send or withdraw until the deadline; any other link answers 404.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const own = valueOr404(await getOwnApplication(context.deps, params.token));
  const url = new URL(request.url);
  return {
    ...own,
    call: showCall(own.call),
    link: `${context.deps.config.publicUrl.replace(/\/$/, "")}/candidature/${params.token}`,
    token: params.token,
    done: doneFlag(request, ["received", "saved", "withdrawn"] as const),
    confirmWithdraw: url.searchParams.get("retrait") === "confirmer",
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const own = valueOr404(await getOwnApplication(context.deps, params.token));
  return changeApplication(context, request, params.token, own.call.questions);
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

/** What the application holds, as the form shows it again. */
function storedValues({ application: a, answers }: Loaded): FormValues {
  const values: FormValues = {
    siren: a.siren,
    name: a.name,
    legalForm: a.legalForm,
    agrements: a.agrements,
    postcode: a.postcode,
    contactName: a.contactName,
    contactEmail: a.contactEmail,
    consent: "on",
    ...(a.keepForOtherCalls ? { keepForOtherCalls: "on" } : {}),
  };
  for (const [id, value] of Object.entries(answers)) values[`answers.${id}`] = value;
  return values;
}

function Receipt({ loaded }: { loaded: Loaded }) {
  const submitted = loaded.application.status === "submitted";
  return (
    <div className="notice notice--success" role="status">
      <h2>{text.receiptTitle}</h2>
      <p>{submitted ? text.receiptSubmitted : text.receiptDraft}</p>
      <p>
        {text.privateLink} <a href={loaded.link}>{loaded.link}</a>
      </p>
    </div>
  );
}

function Withdraw({ loaded }: { loaded: Loaded }) {
  const here = `/candidature/${loaded.token}`;
  if (!loaded.confirmWithdraw) {
    return (
      <p>
        <a href={`${here}?retrait=confirmer#retrait-titre`}>{text.withdrawLink}</a>
      </p>
    );
  }
  return (
    <section aria-labelledby="retrait-titre" className="card stack">
      <h2 id="retrait-titre">{text.withdrawTitle}</h2>
      <p>{t(text.withdrawConfirm, { name: loaded.application.name })}</p>
      <Form method="post" action={here} className="actions">
        <CsrfInput />
        <input type="hidden" name="intent" value="withdraw" />
        <button type="submit" className="button">
          {text.withdrawButton}
        </button>
        <a href={here}>{text.withdrawCancel}</a>
      </Form>
    </section>
  );
}

export default function CallApplication() {
  const loaded = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { call, application, done } = loaded;
  return (
    <div className="stack">
      <h1>{t(text.applicationTitle, { title: call.title })}</h1>
      {done === "received" ? <Receipt loaded={loaded} /> : null}
      {done === "saved" ? (
        <p className="notice notice--success" role="status">
          {text.saved}
        </p>
      ) : null}
      {done === "withdrawn" ? (
        <p className="notice notice--success" role="status">
          {text.withdrawnDone}
        </p>
      ) : null}
      <p>
        <strong>{t(text.status, { status: fr.calls.applicationStatuses[application.status] })}</strong> —{" "}
        {t(text.deadline, { deadline: call.deadline })} —{" "}
        <a href={`/f/${call.fabriqueSlug}/appels/${call.id}`}>{text.backToCall}</a>
      </p>
      {loaded.canChange ? (
        <>
          <ApplicationForm
            questions={call.questions}
            values={storedValues(loaded)}
            failure={failure}
            attachments={loaded.attachments}
            fileHref={(id) => `/candidature/${loaded.token}/pieces/${id}`}
            submitted={application.status === "submitted"}
            action={`/candidature/${loaded.token}`}
          />
          <Withdraw loaded={loaded} />
        </>
      ) : (
        <p className="notice">{text.readOnly}</p>
      )}
    </div>
  );
}
