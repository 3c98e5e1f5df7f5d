import { useEffect, useId, useRef, useState } from "react";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { FieldMessages } from "./form";

/** What the search API answers for one territory (see server/territories/territory-schemas.ts). */
export type TerritoryOption = {
  kind: keyof typeof fr.territories.kind;
  code: string;
  name: string;
  population: number | null;
  parents: { kind: string; code: string; name: string }[];
};

/** "Commune · Doubs (25)": enough to tell homonyms apart. */
export function territoryContext(option: Pick<TerritoryOption, "kind" | "parents">): string {
  const kind = fr.territories.kind[option.kind];
  const departement = option.parents.find((p) => p.kind === "departement");
  const region = option.parents.find((p) => p.kind === "region");
  if (departement) return `${kind} · ${departement.name} (${departement.code})`;
  if (region) return `${kind} · ${region.name}`;
  return kind;
}

export const territoryValue = (option: Pick<TerritoryOption, "kind" | "code">) =>
  `${option.kind}:${option.code}`;

type Props = {
  /** Field mode: the hidden field that carries `kind:code`; the text typed is sent as `${name}Query`. */
  name?: string;
  label: string;
  help?: string;
  /**
   * `navigate`: a search form of its own (GET /territoires?q=) whose choice opens the territory page.
   * `field`: one field inside another form; the form receives `kind:code` in `name`.
   */
  mode: "navigate" | "field";
  defaultQuery?: string;
  defaultValue?: string;
  /** Restrict the choices to some kinds (`commune,epci`). */
  kinds?: string;
  error?: string;
  limit?: number;
};

type Suggestions = ReturnType<typeof useTerritorySuggestions>;

/**
 * The suggestions under the box: fetched from the search API 150 ms after the last keystroke
 * (two characters at least), the previous request aborted, and a count announced.
 */
function useTerritorySuggestions(limit: number, kinds: string | undefined) {
  const [options, setOptions] = useState<TerritoryOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const controller = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      controller.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const fetchOptions = (text: string) => {
    controller.current?.abort();
    if (timer.current) clearTimeout(timer.current);
    if (text.trim().length < 2) {
      setOptions([]);
      setOpen(false);
      setActive(-1);
      setAnnouncement("");
      return;
    }
    timer.current = setTimeout(async () => {
      const abort = new AbortController();
      controller.current = abort;
      const params = new URLSearchParams({ q: text, limit: String(limit) });
      if (kinds) params.set("kind", kinds);
      try {
        const response = await fetch(`/api/v1/territories/search?${params}`, { signal: abort.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { results: TerritoryOption[] };
        setOptions(body.results);
        setOpen(true);
        setActive(-1);
        setAnnouncement(
          body.results.length
            ? t(fr.territories.search.announceCount, { count: body.results.length })
            : fr.territories.search.announceNone,
        );
      } catch (caught) {
        if ((caught as Error).name === "AbortError") return;
        setOptions([]);
        setOpen(false);
        setAnnouncement(fr.territories.search.error);
      }
    }, 150);
  };
  return {
    options,
    setOptions,
    open,
    setOpen,
    active,
    setActive,
    announcement,
    setAnnouncement,
    fetchOptions,
  };
}

/** Arrows move through the suggestions, Enter chooses, Escape closes then clears, Tab closes. */
function onComboboxKey(
  event: React.KeyboardEvent<HTMLInputElement>,
  box: Suggestions,
  choose: (option: TerritoryOption) => void,
  clear: (() => void) | null,
) {
  const { options, open, active, setOpen, setActive } = box;
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    event.preventDefault();
    if (!open && options.length) setOpen(true);
    const step = event.key === "ArrowDown" ? 1 : -1;
    setActive((current) => {
      if (!options.length) return -1;
      if (step === 1) return (current + 1) % options.length;
      return current <= 0 ? options.length - 1 : current - 1;
    });
  } else if (event.key === "Enter") {
    const option = open ? options[active] : undefined;
    if (option) {
      event.preventDefault();
      choose(option);
    }
  } else if (event.key === "Escape") {
    if (open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (clear) {
      event.preventDefault();
      clear();
    }
  } else if (event.key === "Tab") {
    setOpen(false);
  }
}

/** The listbox of suggestions; the input keeps the focus and points to the active option. */
function TerritoryListbox({
  id,
  box,
  expanded,
  choose,
}: {
  id: string;
  box: Suggestions;
  expanded: boolean;
  choose: (option: TerritoryOption) => void;
}) {
  return (
    <ul
      id={`${id}-listbox`}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA 1.2 combobox pattern, a listbox of options driven by aria-activedescendant
      role="listbox"
      aria-label={fr.territories.search.listboxLabel}
      className="territory-combobox__listbox"
      hidden={!expanded}
    >
      {box.options.map((option, index) => (
        // biome-ignore lint/a11y/useFocusableInteractive: options stay unfocused; the input keeps the focus and points to the active one (aria-activedescendant)
        <li
          key={territoryValue(option)}
          id={`${id}-option-${index}`}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: see the listbox above
          role="option"
          aria-selected={index === box.active}
          className="territory-combobox__option"
          // Keep the focus in the input: choose on mouse down, before the blur closes the list.
          onMouseDown={(event) => {
            event.preventDefault();
            choose(option);
          }}
          onMouseMove={() => box.setActive(index)}
        >
          <span className="territory-combobox__name">{option.name}</span>{" "}
          <span className="territory-combobox__context">{territoryContext(option)}</span>
        </li>
      ))}
    </ul>
  );
}

/** What was typed and what was chosen (`kind:code`); choosing in navigate mode opens the territory. */
function useTerritoryChoice(
  box: Suggestions,
  mode: Props["mode"],
  defaultQuery: string,
  defaultValue: string,
) {
  const [query, setQuery] = useState(defaultQuery);
  const [value, setValue] = useState(defaultValue);
  const choose = (option: TerritoryOption) => {
    setValue(territoryValue(option));
    setQuery(option.name);
    box.setOpen(false);
    box.setActive(-1);
    box.setAnnouncement(t(fr.territories.search.announceChosen, { name: option.name }));
    if (mode === "navigate") window.location.assign(`/territoires/${option.kind}/${option.code}`);
  };
  const clear = () => {
    setQuery("");
    setValue("");
    box.setOptions([]);
  };
  return { query, setQuery, value, setValue, choose, clear };
}

/** The ARIA 1.2 combobox attributes, added once JavaScript runs. */
const comboboxRoles = (id: string, expanded: boolean, activeId: string | undefined) => ({
  role: "combobox",
  "aria-autocomplete": "list" as const,
  "aria-expanded": expanded,
  "aria-controls": `${id}-listbox`,
  "aria-activedescendant": activeId,
});

/**
 * One territory search box for the whole product. Without JavaScript it is a plain text field
 * (a GET search form in navigate mode, resolved by the server in field mode). With JavaScript it
 * becomes an ARIA 1.2 combobox: a listbox of suggestions from the search API, the active option
 * carried by `aria-activedescendant`, arrows/Enter/Escape, and a live region announcing the count.
 */
export function TerritoryCombobox({
  name = "territory",
  label,
  help,
  mode,
  defaultQuery = "",
  defaultValue = "",
  kinds,
  error,
  limit = 8,
}: Props) {
  const id = useId();
  const inputId = `${id}-input`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const [enhanced, setEnhanced] = useState(false);
  const box = useTerritorySuggestions(limit, kinds);
  const { query, setQuery, value, setValue, choose, clear } = useTerritoryChoice(
    box,
    mode,
    defaultQuery,
    defaultValue,
  );
  // The combobox roles are added only once JavaScript runs: before, it is a plain search field.
  useEffect(() => setEnhanced(true), []);

  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const expanded = enhanced && box.open && box.options.length > 0;
  const activeId = expanded && box.active >= 0 ? `${id}-option-${box.active}` : undefined;

  const field = (
    <div className={`field territory-combobox${error ? " field--error" : ""}`}>
      <label htmlFor={inputId}>{label}</label>
      <FieldMessages help={help} helpId={helpId} error={error} errorId={errorId} />
      <div className="territory-combobox__control">
        <input
          id={inputId}
          type="search"
          name={mode === "navigate" ? "q" : `${name}Query`}
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...(enhanced ? comboboxRoles(id, expanded, activeId) : {})}
          onChange={(event) => {
            setQuery(event.target.value);
            setValue("");
            box.fetchOptions(event.target.value);
          }}
          onKeyDown={(event) => onComboboxKey(event, box, choose, query ? clear : null)}
          onBlur={() => box.setOpen(false)}
          onFocus={() => {
            if (box.options.length && !value) box.setOpen(true);
          }}
        />
        {mode === "navigate" ? (
          <button type="submit" className="button">
            {fr.territories.search.submit}
          </button>
        ) : null}
        {enhanced ? <TerritoryListbox id={id} box={box} expanded={expanded} choose={choose} /> : null}
      </div>
      {mode === "field" ? <input type="hidden" name={name} value={value} /> : null}
      <div role="status" aria-live="polite" className="visually-hidden">
        {box.announcement}
      </div>
    </div>
  );

  if (mode === "field") return field;
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet known to every browser in use; role="search" is
    <form method="get" action="/territoires" role="search" className="territory-search">
      {field}
    </form>
  );
}
