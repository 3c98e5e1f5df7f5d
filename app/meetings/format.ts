/**
 * A meeting's day in Paris time (`3 déc. 2026`), whatever the server's own time zone; the
 * shared `formatDate` is for calendar dates, which have no time zone.
 */
const parisDay = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "Europe/Paris",
});

export const formatParisDay = (value: Date | string) =>
  parisDay.format(typeof value === "string" ? new Date(value) : value);

/** A calendar date stored as `AAAA-MM-JJ` (task due date, decision date), in French. */
export const formatDay = (iso: string) => parisDay.format(new Date(`${iso}T12:00:00Z`));
