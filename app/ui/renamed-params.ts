import { redirect } from "react-router";

/** A parameter's new name, and its values' new spellings when they changed too. */
type Rename = string | { name: string; values: Readonly<Record<string, string>> };

/**
 * Page URLs take English parameter names, the same words as the API (decision record 0054). A
 * page whose parameters were renamed lists them here, old name → new name, and its loader starts
 * with `redirectRenamedParams`, so bookmarks, saved links and mails to the old address keep working.
 */
export const renamedParams = {
  catalogue: {
    statut: "status",
    territoire: "territory",
    territoireQuery: "territoryQuery",
    forme: "legalForm",
  },
  offer: { territoire: "territory", territoireQuery: "territoryQuery" },
  assistedSignal: { campagne: "campaign", canal: "channel", territoire: "territory" },
  initiatives: { vue: { name: "view", values: { tableau: "table" } } },
  newInitiative: { remontee: "signal", modele: "model" },
  territory: { membres: "members" },
  territories: { carte: "map", mesure: "measure" },
  removal: { retirer: "remove" },
  passwordForgotten: { envoye: "sent" },
  /** The success flag after a post, on every page that shows one (`doneFlag`, `page-results.ts`). */
  done: { fait: "done" },
  thesaurus: { fait: "done", terme: "term" },
} as const satisfies Record<string, Record<string, Rename>>;

/**
 * Throws a permanent redirect (308) to the same page with the parameters' new names when the URL
 * still uses an old one; does nothing otherwise. Values and order of repeated parameters are kept.
 */
export function redirectRenamedParams(request: Request, renames: Readonly<Record<string, Rename>>): void {
  const url = new URL(request.url);
  if (!Object.keys(renames).some((old) => url.searchParams.has(old))) return;
  const moved = new URLSearchParams();
  for (const [key, value] of url.searchParams) {
    const rename = renames[key];
    if (rename === undefined) moved.append(key, value);
    else if (typeof rename === "string") moved.append(rename, value);
    else moved.append(rename.name, rename.values[value] ?? value);
  }
  throw redirect(`${url.pathname}?${moved}`, 308);
}
