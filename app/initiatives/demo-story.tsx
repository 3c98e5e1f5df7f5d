import { demoStoryInitiatives } from "../../shared/codes/demo";
import { fr } from "../../shared/i18n/fr";

const stories: Record<string, string> = {
  [demoStoryInitiatives.rouenConciergerie]: fr.initiatives.demoStories.rouen,
  [demoStoryInitiatives.pontarlierVertuose]: fr.initiatives.demoStories.pontarlier,
  [demoStoryInitiatives.bordeauxPrincess]: fr.initiatives.demoStories.bordeaux,
};

/**
 * Which seed story a demo initiative tells (README, "Demo accounts"), shown beside its title. The
 * demo's ids are fixed and never given to real data, so nothing shows outside the demo.
 */
export function DemoStoryBadge({ id }: { id: string }) {
  const story = stories[id];
  return story ? <span className="badge badge--demo">{story}</span> : null;
}
