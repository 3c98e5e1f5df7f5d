import { demoIds } from "../../server/seed/demo-ids";
import { fr } from "../../shared/i18n/fr";

const stories: Record<string, string> = {
  [demoIds.initiatives.rouenConciergerie]: fr.initiatives.demoStories.rouen,
  [demoIds.initiatives.pontarlierVertuose]: fr.initiatives.demoStories.pontarlier,
  [demoIds.initiatives.bordeauxPrincess]: fr.initiatives.demoStories.bordeaux,
};

/**
 * Which seed story a demo initiative tells (README, "Demo accounts"), shown beside its title. The
 * demo's ids are fixed and never given to real data, so nothing shows outside the demo.
 */
export function DemoStoryBadge({ id }: { id: string }) {
  const story = stories[id];
  return story ? <span className="badge badge--demo">{story}</span> : null;
}
