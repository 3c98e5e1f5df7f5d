import type { FastifyInstance } from "fastify";
import { initiative } from "../db/schema";
import { buildServer } from "../http/server";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import type { ForecastInputsInput } from "./forecast-inputs";
import { loadAidRates } from "./load-aid-rates";

/**
 * The world of the forecast API's tests: an initiative of one Fabrique, its officer, another
 * Fabrique's officer and the network animator (their bearer tokens), the reference aid rates, and
 * the inputs of a scenario (an institut de beauté solidaire).
 */

export const inputs: ForecastInputsInput = {
  settings: { startYear: 2027, startMonth: 1, openingCashCents: 5_000_00 },
  revenues: [
    {
      kind: "sales",
      id: "soins",
      label: "Soins esthétiques",
      volumePerMonth: 150,
      unitPriceCents: 35_00,
      rampUpMonths: 3,
    },
    {
      kind: "grant",
      id: "dreets",
      label: "Subvention",
      funder: "DREETS",
      amountCents: 20_000_00,
      startMonth: 1,
      endMonth: 12,
    },
    { kind: "volunteering", id: "benevoles", label: "Bénévoles", monthlyValueCents: 400_00 },
  ],
  staff: [
    {
      id: "esth",
      position: "Esthéticienne en insertion",
      ftePermille: 800,
      grossMonthlySalaryCents: 1_800_00,
      employerChargeRateBp: 2000,
      contractKind: "cddi",
      aidRateCode: "iae-ei",
    },
  ],
  costs: [
    {
      id: "produits",
      label: "Produits",
      category: "purchases",
      mode: "share_of_sales",
      shareBp: 1500,
      salesLineId: "soins",
    },
    { id: "loyer", label: "Loyer", category: "rent", monthlyAmountCents: 900_00 },
  ],
  investments: [
    { id: "mobilier", label: "Mobilier", amountCents: 12_000_00, month: 1, depreciationYears: 5 },
  ],
  financing: [
    {
      kind: "loan",
      id: "pret",
      label: "Prêt",
      amountCents: 10_000_00,
      month: 1,
      annualRateBp: 400,
      durationMonths: 48,
    },
  ],
};

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export type ForecastApiWorld = {
  deps: TestDeps;
  app: FastifyInstance;
  officer: string;
  otherFabrique: string;
  animator: string;
  initiativeId: string;
};

export async function createForecastApiWorld(): Promise<ForecastApiWorld> {
  const deps = await createTestDeps();
  await loadAidRates(deps.db);
  const app = await buildServer(deps);
  const fabrique = await createFabrique(deps.db, { slug: "atis-test" });
  const other = await createFabrique(deps.db, { slug: "autre-test" });
  const officerUser = await createUser(deps.db);
  const otherUser = await createUser(deps.db);
  const animatorUser = await createUser(deps.db, { isNetworkAnimator: true });
  await addMembership(deps.db, { userId: officerUser.id, fabriqueId: fabrique.id, role: "officer" });
  await addMembership(deps.db, { userId: otherUser.id, fabriqueId: other.id, role: "officer" });
  const [row] = await deps.db
    .insert(initiative)
    .values({
      fabriqueId: fabrique.id,
      reference: "ATI-P-2026-001",
      title: "Institut de beauté solidaire",
      territoryKind: "commune",
      territoryCode: "33063",
      entryPoint: "need",
    })
    .returning();
  return {
    deps,
    app,
    officer: await createBearerToken(deps.db, officerUser.id),
    otherFabrique: await createBearerToken(deps.db, otherUser.id),
    animator: await createBearerToken(deps.db, animatorUser.id),
    initiativeId: row!.id,
  };
}
