/**
 * Arabic-Indic (٠–٩) and Persian (۰–۹) digits as 0–9: what an Arabic or Persian
 * phone keyboard types for a postcode or a house number.
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) % 16));
}
