/**
 * Fabriques live in Paris time: meetings are typed and shown in Paris wall-clock time, a
 * reference takes the year of the Paris day it was given, "today" is the Paris day. Instants are
 * stored in UTC. Intl knows the Europe/Paris rules (summer time), so no time-zone table is kept here.
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
 * The instant of a Paris wall-clock time. Twice a year a time is ambiguous (autumn) or does not
 * exist (spring); the first matching instant, or the time one hour later, is taken.
 */
export function parisToInstant(date: string, time: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - offsetMs(new Date(guess));
  const second = guess - offsetMs(new Date(first));
  return new Date(Math.min(first, second));
}

/** The first instant of a Paris day `AAAA-MM-JJ`, and of the day after: a filter "from … to …, inclusive". */
export function parisDayBounds(day: string): { start: Date; end: Date } {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
  return { start: parisToInstant(day, "00:00"), end: parisToInstant(next, "00:00") };
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
