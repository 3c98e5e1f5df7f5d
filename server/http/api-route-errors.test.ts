import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fail, ok } from "../core/result";
import { defineApiRoute } from "./api-route";
import { apiRoutes } from "./api-routes";

/**
 * A route's `errors` is checked by the compiler against what its handler may answer (decision
 * record 0056). These definitions are compiled with the suite (`npm run typecheck`): each
 * `@ts-expect-error` fails the type check if the route it marks ever compiles.
 */
const base = { method: "GET", path: "/api/v1/x", summary: "x", tag: "x", auth: "none" } as const;

const checkedRoutes = [
  defineApiRoute({
    ...base,
    response: z.object({ n: z.number() }),
    errors: ["NOT_FOUND"],
    handler: async () => (Math.random() > 0.5 ? ok({ n: 1 }) : fail("NOT_FOUND")),
  }),
  defineApiRoute({
    ...base,
    response: z.object({ n: z.number() }),
    errors: ["NOT_FOUND"],
    // @ts-expect-error CONFLICT is not declared by the route.
    handler: async () => (Math.random() > 0.5 ? ok({ n: 1 }) : fail("CONFLICT")),
  }),
  defineApiRoute({
    ...base,
    response: z.object({ n: z.number() }),
    // @ts-expect-error A route that declares no error may not fail.
    handler: async () => fail("NOT_FOUND"),
  }),
];

describe("the errors a route declares", () => {
  it("the compiler-checked definitions above are routes like the others", () => {
    expect(checkedRoutes.map((route) => route.errors ?? [])).toEqual([["NOT_FOUND"], ["NOT_FOUND"], []]);
  });

  it("every route declares known codes once", () => {
    for (const route of apiRoutes()) {
      const errors = route.errors ?? [];
      expect(new Set(errors).size, `${route.method} ${route.path}`).toBe(errors.length);
    }
  });
});
