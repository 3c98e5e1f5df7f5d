import type { CampaignState } from "../../server/campaigns/campaign-state";
import { fr } from "../../shared/i18n/fr";

/** The state as a word, never by colour alone. */
export function CampaignStateBadge({ state }: { state: CampaignState }) {
  return <span className={`badge badge--campaign-${state}`}>{fr.campaigns.states[state]}</span>;
}
