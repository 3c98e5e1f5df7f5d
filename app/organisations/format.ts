/** "443061841" → "443 061 841"; "44306184100047" → "443 061 841 00047" (as INSEE prints them). */
export function formatCompanyNumber(digits: string | null): string {
  if (!digits) return "";
  if (/^\d{9}$/.test(digits)) return digits.replace(/^(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3");
  if (/^\d{14}$/.test(digits)) return digits.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, "$1 $2 $3 $4");
  return digits;
}
