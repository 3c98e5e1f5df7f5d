import { demoStoryInitiatives } from "../../shared/codes/demo";

/**
 * Fixed ids of the demo, so links, tests and screenshots stay stable from one install to the next.
 */
export const DEMO_TODAY = "2026-11-27T09:00:00.000Z";
export const DEMO_PASSWORD = "essaim-demo";

export const demoIds = {
  fabriques: {
    adress: "00000000-0000-4000-8000-00000000f001",
    emergence: "00000000-0000-4000-8000-00000000f002",
    atis: "00000000-0000-4000-8000-00000000f003",
    premiereBrique: "00000000-0000-4000-8000-00000000f004",
    ancrageGuyane: "00000000-0000-4000-8000-00000000f005",
  },
  users: {
    animation: "00000000-0000-4000-8000-0000000000a1",
    adress: "00000000-0000-4000-8000-0000000000a2",
    emergence: "00000000-0000-4000-8000-0000000000a3",
    atis: "00000000-0000-4000-8000-0000000000a4",
    partenaire: "00000000-0000-4000-8000-0000000000a5",
    porteur: "00000000-0000-4000-8000-0000000000a6",
  },
  /** The three seed stories (product.md), labelled in the app (app/initiatives/demo-story.tsx). */
  initiatives: demoStoryInitiatives,
  /** The programme the partner account's organisation (Ville de Rouen) funds. */
  programmes: { rouenQuartiers: "00000000-0000-4000-8000-0000000002a1" },
} as const;
