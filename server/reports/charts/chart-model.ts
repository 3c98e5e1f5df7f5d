/**
 * A chart drawn on the server (decision record 0100): plain marks in the coordinates of its view
 * box, which the page writes as SVG and the PDF draws with pdfkit, so both show the same
 * picture; a title and a description in words for those who cannot see it; and the table of its
 * figures, shown beside it.
 */
export type ChartMark =
  /** `label`: what the mark says, read out by screen readers (an SVG `<title>`). */
  | { kind: "rect"; x: number; y: number; width: number; height: number; fill: string; label: string }
  /** `y`: the vertical middle of the line of text. */
  | {
      kind: "text";
      x: number;
      y: number;
      text: string;
      anchor: "start" | "middle" | "end";
      size: number;
      bold?: boolean;
    }
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string }
  /** SVG path data (a territory of a map), stroked white. */
  | { kind: "shape"; paths: string[]; fill: string; label: string };

export type ChartCell = { value: string; num?: boolean };

export type ChartTable = {
  heads: { label: string; num?: boolean }[];
  rows: { key: string; cells: ChartCell[] }[];
  foot?: ChartCell[];
};

export type ChartId = "funnel" | "launches" | "map";

export type Chart = {
  id: ChartId;
  title: string;
  /** Says in words what the picture shows, with its main figures. */
  description: string;
  viewBox: { x: number; y: number; width: number; height: number };
  marks: ChartMark[];
  /** Colours and what they stand for (a map's classes). */
  legend: { color: string; label: string }[];
  /** A line under the chart (a map's source, what it leaves out). */
  notes: string[];
  table: ChartTable;
};

/** The palette of report charts: dark enough on white for text and bars (contrast ≥ 4.5:1). */
export const chartColors = {
  bar: "#1f5f8b",
  jobs: "#2e6b4f",
  axis: "#555555",
  text: "#1a1a1a",
} as const;

/** `viewBox` as SVG writes it. */
export const viewBoxAttribute = ({ x, y, width, height }: Chart["viewBox"]) => `${x} ${y} ${width} ${height}`;
