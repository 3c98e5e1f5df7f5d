import { useEffect, useRef, useState } from "react";
import { useFetcher } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { loader } from "../routes/signals-similar";
import { SimilarList } from "./similar-list";

const text = fr.similar.draft;
const DEBOUNCE_MS = 400;
const MIN_TITLE = 4;
const MIN_DESCRIPTION = 12;

/** The query of `/signaux/semblables` for what the enclosing form holds now, or null if too short. */
function draftQuery(form: HTMLFormElement): string | null {
  const values = new FormData(form);
  const read = (name: string) => {
    const value = values.get(name);
    return typeof value === "string" ? value : "";
  };
  const title = read("title").trim();
  const description = read("description").trim();
  if (title.length < MIN_TITLE && description.length < MIN_DESCRIPTION) return null;
  const params = new URLSearchParams({ title: title.slice(0, 300), description: description.slice(0, 2000) });
  const territory = read("territory");
  if (territory.includes(":")) params.set("territory", territory);
  const themes = values.getAll("themes").filter((v): v is string => typeof v === "string");
  if (themes.length) params.set("themes", themes.join(","));
  return params.toString();
}

/**
 * Duplicates while typing, on the team's new-signal page: placed inside the form, it reads the
 * title, description, territory and themes as they change (debounced) and shows the similar
 * signals and initiatives of the network. Without JavaScript it only says where they will be
 * shown: on the saved signal's page.
 */
export function SimilarDraftPanel({ themeLabels }: { themeLabels: Readonly<Record<string, string>> }) {
  const ref = useRef<HTMLElement>(null);
  const fetcher = useFetcher<typeof loader>();
  const load = useRef(fetcher.load);
  load.current = fetcher.load;
  const [enhanced, setEnhanced] = useState(false);
  const [tooShort, setTooShort] = useState(true);

  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    setEnhanced(true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: string | null = null;
    const refresh = () => {
      const query = draftQuery(form);
      setTooShort(query === null);
      if (query === null || query === last) return;
      last = query;
      void load.current(`/signaux/semblables?${query}`);
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, DEBOUNCE_MS);
    };
    // The territory combobox fills a hidden field without an input event: focus leaving it counts.
    for (const type of ["input", "change", "focusout"]) form.addEventListener(type, schedule);
    refresh();
    return () => {
      clearTimeout(timer);
      for (const type of ["input", "change", "focusout"]) form.removeEventListener(type, schedule);
    };
  }, []);

  const result = fetcher.data;
  const count = result?.ok ? result.similar.length + result.initiatives.length : 0;
  const status = !enhanced
    ? ""
    : tooShort
      ? text.tooShort
      : fetcher.state === "loading"
        ? text.loading
        : !result
          ? ""
          : !result.ok
            ? text.failed
            : count
              ? t(text.found, { count })
              : text.none;

  return (
    <section ref={ref} aria-labelledby="semblables-saisie-titre" className="card stack">
      <h2 id="semblables-saisie-titre">{text.title}</h2>
      {enhanced ? <p>{text.intro}</p> : null}
      <p className="field__help">{text.noScript}</p>
      <p role="status" aria-live="polite">
        {status}
      </p>
      {enhanced && !tooShort && result?.ok && count > 0 ? (
        <SimilarList
          similar={result.similar}
          initiatives={result.initiatives}
          themeLabels={themeLabels}
          headingLevel="h3"
          idPrefix="semblables-saisie"
        />
      ) : null}
    </section>
  );
}
