export const forecasts = {} as const;
