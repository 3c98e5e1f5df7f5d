import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { dossierWriteBlocks } from "../../server/initiatives/dossier-write-rules";
import { loadInitiativeForActor } from "../../server/initiatives/initiative-access";
import { listParticipantChoices } from "../../server/meetings/meeting-access";
import { createMeeting } from "../../server/meetings/save-meeting";
import { fr } from "../../shared/i18n/fr";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { WriteBlocked } from "../initiatives/write-blocked";
import { MeetingFields } from "../meetings/meeting-fields";
import { notFound, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/meeting-new";

const text = fr.meetings;

export const meta = () => [{ title: `${text.page.newTitle} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const { initiative, access } = valueOr404(await loadInitiativeForActor(context.deps, actor, params.id));
  if (!access.canEdit) notFound();
  return {
    header: initiativeHeaderData(initiative, access),
    choices: await listParticipantChoices(context.deps, initiative.fabriqueId),
    blocked: dossierWriteBlocks(initiative)["meeting.write"],
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const result = await createMeeting(context.deps, actor, params.id, form.input);
  if (!result.ok) return replyFailure(result, form);
  return redirect(`/reunions/${result.value.id}?done=creee`);
}

export default function MeetingNew() {
  const { header, choices, blocked } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="meetings" />
      <h2>{text.page.newTitle}</h2>
      {blocked ? <WriteBlocked reason={blocked} /> : null}
      <ErrorSummary failure={failure} labels={text.fields} />
      {blocked ? null : (
        <Form method="post" noValidate className="stack">
          <CsrfInput />
          <MeetingFields values={failure?.values ?? {}} errors={failure?.fields ?? {}} choices={choices} />
          <div className="actions">
            <button type="submit" className="button">
              {text.page.create}
            </button>
            <a href={`/projets/${header.id}/reunions`}>{text.page.cancel}</a>
          </div>
        </Form>
      )}
    </div>
  );
}
