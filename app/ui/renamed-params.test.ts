import { describe, expect, it } from "vitest";
import { doneFlag } from "../network/page-results";
import { loader as accountLoader } from "../routes/account";
import { loader as catalogueLoader } from "../routes/catalogue";
import { loader as thesaurusLoader } from "../routes/catalogue-thesaurus";
import { loader as offerLoader } from "../routes/offer";
import { redirectRenamedParams, renamedParams } from "./renamed-params";

/** What a loader throws (a redirect is thrown, not returned), or null when it went on. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (thrown) {
    return thrown;
  }
  return null;
}

describe("page addresses with the parameters' former French names", () => {
  it("redirect permanently to the same page with the English names, values and order kept", () => {
    const request = new Request(
      "http://localhost/catalogue?q=laverie&statut=draft&forme=association&forme=scic&territoire=commune%3A25462",
    );
    const response = thrownBy(() => redirectRenamedParams(request, renamedParams.catalogue));
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(308);
    expect((response as Response).headers.get("location")).toBe(
      "/catalogue?q=laverie&status=draft&legalForm=association&legalForm=scic&territory=commune%3A25462",
    );
  });

  it("carry an assisted-entry session (campaign, channel, territory) to the new names", () => {
    const request = new Request(
      "http://localhost/signaux/saisie?campagne=c1&canal=phone&territoire=epci%3A242500",
    );
    const response = thrownBy(() => redirectRenamedParams(request, renamedParams.assistedSignal)) as Response;
    expect(response.headers.get("location")).toBe(
      "/signaux/saisie?campaign=c1&channel=phone&territory=epci%3A242500",
    );
  });

  it("rename a value that changed with its parameter, and every page's former names", () => {
    const cases: [string, Parameters<typeof redirectRenamedParams>[1], string][] = [
      [
        "/projets?vue=tableau&stage=opportunity_study",
        renamedParams.initiatives,
        "/projets?view=table&stage=opportunity_study",
      ],
      [
        "/projets/nouveau?remontee=a&remontee=b&modele=m",
        renamedParams.newInitiative,
        "/projets/nouveau?signal=a&signal=b&model=m",
      ],
      [
        "/territoires/epci/242500?membres=commune&page=2",
        renamedParams.territory,
        "/territoires/epci/242500?members=commune&page=2",
      ],
      [
        "/territoires?carte=region&mesure=signals",
        renamedParams.territories,
        "/territoires?map=region&measure=signals",
      ],
      ["/fabriques/adress/equipe?retirer=m1", renamedParams.removal, "/fabriques/adress/equipe?remove=m1"],
      ["/mot-de-passe-oublie?envoye=1", renamedParams.passwordForgotten, "/mot-de-passe-oublie?sent=1"],
    ];
    for (const [from, renames, to] of cases) {
      const request = new Request(`http://localhost${from}`);
      const response = thrownBy(() => redirectRenamedParams(request, renames)) as Response;
      expect(response.status).toBe(308);
      expect(response.headers.get("location")).toBe(to);
    }
  });

  it("leave an address already in English alone", () => {
    const request = new Request("http://localhost/offre?territory=commune%3A25462&theme=mobilite");
    expect(thrownBy(() => redirectRenamedParams(request, renamedParams.offer))).toBeNull();
  });

  it("are redirected by the catalogue's and the offer's loaders before anything is read", async () => {
    // The redirect comes first: no database, no actor is needed to answer it.
    const args = (url: string) =>
      ({ request: new Request(url), context: {}, params: {} }) as unknown as Parameters<
        typeof offerLoader
      >[0];
    const offer = await offerLoader(args("http://localhost/offre?territoire=departement%3A25")).catch(
      (e) => e,
    );
    expect((offer as Response).headers.get("location")).toBe("/offre?territory=departement%3A25");
    const catalogue = await catalogueLoader(
      args("http://localhost/catalogue?statut=draft") as unknown as Parameters<typeof catalogueLoader>[0],
    ).catch((e) => e);
    expect((catalogue as Response).status).toBe(308);
    expect((catalogue as Response).headers.get("location")).toBe("/catalogue?status=draft");
  });

  it("redirect the success flag after a post (fait) and the thesaurus's removed terms (terme)", async () => {
    const flagged = new Request("http://localhost/projets/p1/porteur?fait=structure");
    const fromFlag = thrownBy(() => doneFlag(flagged, ["structure"])) as Response;
    expect(fromFlag.status).toBe(308);
    expect(fromFlag.headers.get("location")).toBe("/projets/p1/porteur?done=structure");
    const current = new Request("http://localhost/projets/p1/porteur?done=structure");
    expect(doneFlag(current, ["structure"])).toBe("structure");

    // The account's and the thesaurus's loaders read the flag themselves: they redirect first.
    const args = (url: string) => ({ request: new Request(url), context: {}, params: {} }) as unknown;
    const account = await accountLoader(
      args("http://localhost/compte?fait=jeton") as Parameters<typeof accountLoader>[0],
    ).catch((e) => e);
    expect((account as Response).status).toBe(308);
    expect((account as Response).headers.get("location")).toBe("/compte?done=jeton");
    const thesaurus = await thesaurusLoader(
      args(
        "http://localhost/catalogue/thesaurus?fait=removed&terme=laverie&terme=blanchisserie&theme=t",
      ) as Parameters<typeof thesaurusLoader>[0],
    ).catch((e) => e);
    expect((thesaurus as Response).status).toBe(308);
    expect((thesaurus as Response).headers.get("location")).toBe(
      "/catalogue/thesaurus?done=removed&term=laverie&term=blanchisserie&theme=t",
    );
  });
});
