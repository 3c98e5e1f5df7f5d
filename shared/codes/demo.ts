/**
 * The initiatives of the demo's three seed stories (product.md): fixed ids, never given to real
 * data, so the pages can label them (`app/initiatives/demo-story.tsx`) and nothing else shows it.
 */
export const demoStoryInitiatives = {
  rouenConciergerie: "00000000-0000-4000-8000-0000000001a1",
  pontarlierVertuose: "00000000-0000-4000-8000-0000000001a2",
  bordeauxPrincess: "00000000-0000-4000-8000-0000000001a3",
} as const;
