import { Link } from "react-router";
import type { InitiativeAccess, InitiativeRow } from "../../server/initiatives/initiative-access";
import { fr } from "../../shared/i18n/fr";
import { DemoStoryBadge } from "./demo-story";

const text = fr.initiatives;

export type InitiativeTab =
  | "overview"
  | "partners"
  | "meetings"
  | "conversations"
  | "study"
  | "carrier"
  | "forecasts"
  | "journal";

/** The URL of each section of an initiative's dossier. */
export function initiativeTabPath(id: string, tab: InitiativeTab): string {
  const suffix: Record<InitiativeTab, string> = {
    overview: "",
    partners: "/partenaires",
    meetings: "/reunions",
    conversations: "/echanges",
    study: "/etude",
    carrier: "/porteur",
    forecasts: "/previsionnels",
    journal: "/journal",
  };
  return `/projets/${id}${suffix[tab]}`;
}

/** What every section's loader returns for the header (serialisable, no private field). */
export type InitiativeHeaderData = {
  id: string;
  reference: string;
  title: string;
  stage: InitiativeRow["stage"];
  access: Pick<InitiativeAccess, "level" | "canEdit" | "canMove" | "canSeeSteering">;
};

export function initiativeHeaderData(
  row: Pick<InitiativeRow, "id" | "reference" | "title" | "stage">,
  access: InitiativeAccess,
): InitiativeHeaderData {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    stage: row.stage,
    access: {
      level: access.level,
      canEdit: access.canEdit,
      canMove: access.canMove,
      canSeeSteering: access.canSeeSteering,
    },
  };
}

/**
 * The title of an initiative's dossier and the navigation between its sections. Each section is
 * its own page (works without JavaScript); the current one is marked for assistive technology.
 */
export function InitiativeHeader({
  initiative,
  current,
}: {
  initiative: InitiativeHeaderData;
  current: InitiativeTab;
}) {
  const tabs: InitiativeTab[] = [
    "overview",
    "partners",
    "meetings",
    "conversations",
    "study",
    "carrier",
    "forecasts",
    "journal",
  ];
  return (
    <header className="initiative-header">
      <p className="eyebrow">
        <Link to="/projets">{text.tabs.list}</Link> · {initiative.reference} ·{" "}
        <span className={`badge badge--stage-${initiative.stage}`}>{text.stages[initiative.stage]}</span>
      </p>
      <h1>{initiative.title}</h1>
      <DemoStoryBadge id={initiative.id} />
      <nav aria-label={text.tabs.label} className="tabs">
        <ul>
          {tabs.map((tab) => (
            <li key={tab}>
              <Link
                to={initiativeTabPath(initiative.id, tab)}
                aria-current={tab === current ? "page" : undefined}
              >
                {text.tabs[tab]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
