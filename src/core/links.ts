/**
 * Links built from feed data. Only `https:`, `http:`, `mailto:` and `tel:`
 * ever reach an `href`; anything else (`javascript:`, `data:` ...) yields
 * no link at all, and so does a web address with a user name or password
 * (`https://www.stadt.example@evil.example/` leads to evil.example).
 */
const SAFE_PROTOCOL = /^(https?|mailto|tel):$/;

export function safeHref(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return SAFE_PROTOCOL.test(url.protocol) && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function telHref(phone: string | undefined): string | undefined {
  // "+49 (0)30 …": the bracketed trunk zero is not dialled after a country code.
  const digits = phone?.replace(/^(\+\d+)\s*\(0\)/, '$1').replace(/[^0-9+]/g, '');
  return digits && /^\+?[0-9]{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
}

/**
 * The one e-mail rule, shared by the validator (`schema.ts`) and
 * `mailtoHref`, so an address is either accepted and linked or reported:
 * a local part, `@`, a domain with a dot; no spaces, brackets or quotes. The
 * domain may not hold `? # & % /`, so an address never brings a query
 * (`?subject=`, `&bcc=`), a fragment or a path into a mail link; in the local
 * part they are legal, and `mailtoHref` encodes them.
 */
export const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"?#&%/]+\.[^\s@<>()[\]\\,;:"?#&%/]+$/;

export function mailtoHref(email: string | undefined): string | undefined {
  if (!email || !EMAIL.test(email)) return undefined;
  const at = email.lastIndexOf('@');
  // `?`, `#`, `&` and `%` in the local part must not add headers or a fragment.
  return `mailto:${email.slice(0, at).replace(/[%?#&]/g, encodeURIComponent)}@${email.slice(at + 1)}`;
}
