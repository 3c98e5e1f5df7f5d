import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { funnelChart } from "../../server/reports/charts/funnel-chart";
import { initiativeStages } from "../../shared/codes/initiatives";
import { ChartFigure } from "./chart-figure";

/** A pipeline counted by hand: 4 at the referral, 2 launched, 1 abandoned. */
const atEnd: Record<string, number> = { referral: 4, launch: 2, abandoned: 1 };
const pipeline = {
  stages: initiativeStages.map((stage) => ({
    stage,
    atEnd: atEnd[stage] ?? 0,
    entered: 0,
    left: 0,
    staysEnded: 0,
    medianDays: null,
  })),
  abandonments: [],
};

describe("a chart on the page", () => {
  const html = renderToStaticMarkup(<ChartFigure chart={funnelChart(pipeline)} />);

  it("is an image named by its title and described in words, without any script", () => {
    const svg = /<svg[^>]*>/.exec(html)![0];
    expect(svg).toContain('role="img"');
    const titleId = /aria-labelledby="([^"]+)"/.exec(svg)![1];
    const descId = /aria-describedby="([^"]+)"/.exec(svg)![1];
    expect(html).toContain(`<title id="${titleId}">Le parcours des projets à la fin de la période</title>`);
    expect(html).toMatch(new RegExp(`<desc id="${descId}">[^<]*Saisine 4[^<]*Accompagnement au lancement 2`));
    expect(html).not.toContain("<script");
  });

  it("has the table of its figures beside it, each bar saying its figure", () => {
    expect(html).toContain(
      "<caption>Les chiffres du graphique — Le parcours des projets à la fin de la période</caption>",
    );
    expect(html).toMatch(/<th scope="row">Saisine<\/th><td class="num">4<\/td>/);
    expect(html).toMatch(/<tfoot><tr><th scope="row">Total<\/th><td class="num">7<\/td>/);
    expect(html).toContain("<title>Saisine : 4</title>");
  });
});
