/**
 * The one time module. Fabriques live in Paris time: meetings are typed and shown in Paris
 * wall-clock time, a reference takes the year of the Paris day it was given, "today" is the Paris
 * day, and every date or timestamp shown in French is shown in Paris time, on the server and in
 * every browser alike. Instants are stored in UTC; calendar dates (`AAAA-MM-JJ`: due dates,
 * decision dates, campaign periods) have no time zone. Intl knows the Europe/Paris rules (summer
 * time), so no time-zone table is kept here. Imported by the server and the pages: plain Intl, no
 * Node-only module (decision record 0054).
 */
export const PARIS = "Europe/Paris";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: PARIS,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The Paris wall clock at an instant. */
export function parisWallClock(at: Date): WallClock {
  const parts = Object.fromEntries(partsFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `AAAA-MM-JJ` of the Paris day an instant falls in (what "today" means for a Fabrique). */
export function parisDate(at: Date): string {
  const w = parisWallClock(at);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The year of the Paris day an instant falls in: 00:30 on 1 January in Paris is already the new year. */
export function parisYear(at: Date): number {
  return parisWallClock(at).year;
}

/** `HH:MM` in Paris. */
export function parisTime(at: Date): string {
  const w = parisWallClock(at);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** `JJ/MM/AAAA` in Paris, the French way of typing a date. */
export function parisDateFrench(at: Date): string {
  const w = parisWallClock(at);
  return `${pad(w.day)}/${pad(w.month)}/${pad(w.year, 4)}`;
}

function offsetMs(at: Date): number {
  const w = parisWallClock(at);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant of a Paris wall-clock time. Twice a year a time is ambiguous (autumn: the first,
 * summer-time instant is taken) or does not exist (spring: the time one hour later is taken, as a
 * clock moved forward would show it).
 */
export function parisToInstant(date: string, time: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const dayMs = 86_400_000;
  // The offsets a day before and a day after: the same on ordinary days, one hour apart around a change.
  const before = wall - offsetMs(new Date(wall - dayMs));
  const after = wall - offsetMs(new Date(wall + dayMs));
  const matching = [before, after].filter((at) => {
    const w = parisWallClock(new Date(at));
    return w.hour === hour && w.minute === minute && w.day === day;
  });
  return new Date(matching.length > 0 ? Math.min(...matching) : before);
}

/** The first instant of a Paris day `AAAA-MM-JJ`, and of the day after: a filter "from … to …, inclusive". */
export function parisDayBounds(day: string): { start: Date; end: Date } {
  return { start: parisToInstant(day, "00:00"), end: parisToInstant(addDays(day, 1), "00:00") };
}

/** The calendar day `count` days after `day` (before it when negative), both `AAAA-MM-JJ`. */
export function addDays(day: string, count: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + count)).toISOString().slice(0, 10);
}

/** Reads `27/11/2026`, `27/11/26` or `2026-11-27` into `2026-11-27`; null when it is no real date. */
export function parseFrenchDate(value: string): string | null {
  const text = value.trim();
  let year: number;
  let month: number;
  let day: number;
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (french) {
    day = Number(french[1]);
    month = Number(french[2]);
    year = Number(french[3]);
    if (french[3]!.length === 2) year += 2000;
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return null;
  }
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Reads `14:30`, `14h30`, `14h` or `9:05` into `HH:MM`; null otherwise. */
export function parseFrenchTime(value: string): string | null {
  const match = /^(\d{1,2})\s*[h:H]\s*(\d{2})?$/.exec(value.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? "0");
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

// French formats, through Intl, never by hand. Always in Paris time: a time zone left to the
// machine printed another day near midnight, and React's hydration refused the page (error #418).
const frenchDate = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: PARIS,
});
const frenchDateTime = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: PARIS,
});
const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An instant, or a calendar date `AAAA-MM-JJ`, as the instant to format in Paris time. A calendar
 * date is taken at noon UTC, which is the same day in Paris whatever the season.
 */
function toInstant(value: Date | string): Date {
  if (typeof value !== "string") return value;
  return new Date(calendarDate.test(value) ? `${value}T12:00:00Z` : value);
}

/**
 * `27 nov. 2026`: a calendar date `AAAA-MM-JJ` as it is, or the Paris day of an instant (a
 * timestamp at 23:30 UTC on 31 December is already `1 janv.` of the next year in Paris).
 */
export const formatDate = (value: Date | string) => frenchDate.format(toInstant(value));

/** `27 nov. 2026, 14:30`: an instant in Paris wall-clock time. */
export const formatDateTime = (value: Date | string) => frenchDateTime.format(toInstant(value));

const monthName = new Intl.DateTimeFormat("fr-FR", { month: "long", timeZone: "UTC" });

/** The French name of a month, 1 to 12: `janvier` … `décembre`. */
export const frenchMonthName = (month: number) => monthName.format(new Date(Date.UTC(2026, month - 1, 1)));
