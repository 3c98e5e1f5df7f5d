/**
 * The COG year shipped by the pinned @etalab/decoupage-administratif. Rows of régions,
 * départements, EPCI and communes with an older `cog_year` no longer exist in the current COG
 * (kept because other tables may point to them): search, members and maps leave them out.
 */
export const COG_YEAR = 2026;
