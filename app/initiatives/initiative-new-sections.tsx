import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { FormValues } from "../ui/form";

/** The sections of the new initiative page (`routes/initiative-new.tsx`). */

const text = fr.initiatives.form;

type ModelSummary = { id: string; title: string; summary: string };

/**
 * Where the initiative comes from: the signals it converts, the model it replicates, or the
 * catalogue's closest model, offered as a box to tick.
 */
export function InitiativeOrigin({
  signals,
  model,
  topModel,
  values,
  errors,
}: {
  signals: { id: string; reference: string; title: string }[];
  model: ModelSummary | null;
  topModel: ModelSummary | null;
  values: FormValues;
  errors: Record<string, string>;
}) {
  return (
    <>
      {signals.length ? (
        <section className="notice" aria-labelledby="origine-titre">
          <h2 id="origine-titre">{text.fromSignals}</h2>
          <ul>
            {signals.map((s) => (
              <li key={s.id}>
                <input type="hidden" name="signalIds" value={s.id} />
                <a href={`/signaux/${s.id}`}>{s.reference}</a> — {s.title}
              </li>
            ))}
          </ul>
          <p>{text.fromSignalsHelp}</p>
          {errors.signalIds ? <p className="field__error">{errors.signalIds}</p> : null}
        </section>
      ) : null}
      {model ? (
        <section className="notice" aria-labelledby="modele-titre">
          <h2 id="modele-titre">{text.fromModel}</h2>
          <input type="hidden" name="modelId" value={model.id} />
          <p>
            <a href={`/catalogue/${model.id}`}>{model.title}</a> — {model.summary}
          </p>
          <p>{text.fromModelHelp}</p>
        </section>
      ) : null}
      {topModel ? (
        <fieldset className="notice">
          <legend>{text.topModel}</legend>
          <div className="choice">
            <input
              type="checkbox"
              id="champ-modelId"
              name="modelId"
              value={topModel.id}
              defaultChecked={values.modelId === topModel.id}
            />
            <label htmlFor="champ-modelId">{t(text.topModelAttach, { title: topModel.title })}</label>
          </div>
          <p className="field__help">
            {topModel.summary} <a href={`/catalogue/${topModel.id}`}>{text.topModelOpen}</a>
          </p>
          {errors.modelId ? <p className="field__error">{errors.modelId}</p> : null}
        </fieldset>
      ) : null}
    </>
  );
}
