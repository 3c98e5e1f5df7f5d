import { Form } from "react-router";
import type { CarrierCandidateView } from "../../server/carriers/get-carrier-dossier";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CsrfInput } from "../ui/csrf-input";

const text = fr.carriers;

function Decide({
  intent,
  candidateId,
  label,
  danger,
}: {
  intent: string;
  candidateId: string;
  label: string;
  danger?: boolean;
}) {
  return (
    <Form method="post">
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="candidateId" value={candidateId} />
      <button type="submit" className={danger ? "button button--secondary" : "button"}>
        {label}
      </button>
    </Form>
  );
}

/**
 * The carriers considered, with their status; the team retains them (the first is the lead
 * carrier, the next ones co-carriers), names another lead, or sets one aside.
 */
export function CarrierCandidatesTable({
  candidates,
  canChoose,
  canDecline,
}: {
  candidates: readonly CarrierCandidateView[];
  canChoose: boolean;
  canDecline: boolean;
}) {
  const canDecide = canChoose || canDecline;
  const hasLead = candidates.some((c) => c.lead);
  return (
    <div className="table-wrap">
      <table>
        <caption>{text.candidatesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.fields.name}</th>
            <th scope="col">{text.fields.kind}</th>
            <th scope="col">{text.fields.status}</th>
            <th scope="col">{text.fields.organisationId}</th>
            <th scope="col">{text.fields.note}</th>
            {canDecide ? <th scope="col">{fr.studies.study.columns.actions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td>{text.kinds[c.kind]}</td>
              <td>
                <span className={`badge${c.status === "chosen" ? " badge--stage-launch" : ""}`}>
                  {text.statuses[c.status]}
                </span>
                {c.status === "chosen" ? ` ${c.lead ? text.leadBadge : text.coCarrierBadge}` : null}
              </td>
              <td>{[c.organisationName, c.contactName].filter(Boolean).join(" — ") || "—"}</td>
              <td>{c.note || "—"}</td>
              {canDecide ? (
                <td>
                  <div className="actions">
                    {canChoose && c.status !== "chosen" ? (
                      <Decide
                        intent="choose"
                        candidateId={c.id}
                        label={t(hasLead ? text.chooseCoCarrier : text.choose, { name: c.name })}
                      />
                    ) : null}
                    {canChoose && c.status === "chosen" && !c.lead ? (
                      <Decide intent="lead" candidateId={c.id} label={t(text.makeLead, { name: c.name })} />
                    ) : null}
                    {canDecline && c.status !== "declined" ? (
                      <Decide
                        intent="decline"
                        candidateId={c.id}
                        label={t(text.decline, { name: c.name })}
                        danger
                      />
                    ) : null}
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
