import { redirect, useActionData, useLoaderData } from "react-router";
import { listThemes } from "../../server/catalogue/list-themes";
import {
  createSynonymGroup,
  deleteSynonymGroup,
  getSynonymGroup,
  listSynonymGroups,
  type SynonymGroupRow,
} from "../../server/catalogue/synonyms";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import {
  RemovalConfirmation,
  SynonymGroupForm,
  SynonymGroupTable,
  ThesaurusDone,
} from "../catalogue/thesaurus-sections";
import { doneFlag, valueOr404 } from "../network/page-results";
import { readForm, replyFailure } from "../ui/page-form";
import { redirectRenamedParams, renamedParams } from "../ui/renamed-params";
import type { Route } from "./+types/catalogue-thesaurus";

const text = fr.catalogue.thesaurus;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/** A group removed just before, as the redirect's address carries it (to show it and offer to restore it). */
function removedGroupOf(url: URL): Omit<SynonymGroupRow, "id"> | null {
  if (url.searchParams.get("done") !== "removed") return null;
  const terms = url.searchParams.getAll("term").filter((term) => term.trim() !== "");
  if (terms.length === 0) return null;
  return {
    terms,
    themeCode: url.searchParams.get("theme") || null,
    note: url.searchParams.get("note") ?? "",
  };
}

/** The network animator's page: the search thesaurus as data (others: 404). */
export async function loader({ context, request }: Route.LoaderArgs) {
  redirectRenamedParams(request, renamedParams.thesaurus);
  const actor = requireActor(context, request);
  const groups = valueOr404(await listSynonymGroups(context.deps, actor));
  const themes = await listThemes(context.deps);
  return {
    groups,
    themes: themes.map(({ code, label }) => ({ code, label })),
    done: doneFlag(request, ["added", "removed", "restored"] as const),
    removedGroup: removedGroupOf(new URL(request.url)),
  };
}

/** What the removal's first step answers: the group to confirm, nothing changed yet. */
type RemovalToConfirm = { ok: true; confirm: SynonymGroupRow };

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const id = form.text("id");
  const reply = { forbidden: "explain" } as const;
  if (form.text("intent") === "remove" && form.text("confirm") !== "1") {
    // First step: ask before removing (works without JavaScript: a plain page with two choices).
    const group = await getSynonymGroup(context.deps, actor, id);
    if (!group.ok) return replyFailure(group, form, reply);
    return { ok: true, confirm: group.value } satisfies RemovalToConfirm;
  }
  if (form.text("intent") === "remove") {
    const removed = await deleteSynonymGroup(context.deps, actor, id);
    if (!removed.ok) return replyFailure(removed, form, reply);
    const query = new URLSearchParams([["done", "removed"]]);
    for (const term of removed.value.terms) query.append("term", term);
    if (removed.value.themeCode) query.set("theme", removed.value.themeCode);
    if (removed.value.note) query.set("note", removed.value.note);
    return redirect(`/catalogue/thesaurus?${query}`);
  }
  const created = await createSynonymGroup(context.deps, actor, {
    terms: form.values.terms ?? "",
    themeCode: form.text("themeCode"),
    note: form.text("note"),
  });
  if (!created.ok) return replyFailure(created, form, reply);
  return redirect(`/catalogue/thesaurus?done=${form.text("intent") === "restore" ? "restored" : "added"}`);
}

export default function CatalogueThesaurus() {
  const { groups, themes, done, removedGroup } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const failure = answer && !answer.ok ? answer : undefined;
  const labelOf = (code: string | null) =>
    code ? (themes.find((th) => th.code === code)?.label ?? code) : "—";
  return (
    <div className="stack">
      <p>
        <a href="/catalogue">{fr.catalogue.model.breadcrumb}</a>
      </p>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <ThesaurusDone done={done} removedGroup={removedGroup} labelOf={labelOf} />
      <RemovalConfirmation toConfirm={answer?.ok ? answer.confirm : null} />
      <SynonymGroupForm themes={themes} failure={failure} />
      <SynonymGroupTable groups={groups} labelOf={labelOf} />
    </div>
  );
}
