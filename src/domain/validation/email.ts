/**
 * A plain syntactic e-mail check: one @, a non-empty local part and a dotted domain, no
 * spaces. Any Unicode letter is allowed so internationalised domains (pemda.香港, contoh.みんな)
 * and addresses are not rejected; only the mail server can tell whether an address exists.
 */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;

/** Checks an address after trimming surrounding whitespace. The maximum of 254 counts UTF-16 code units. */
export function isValidEmail(input: string): boolean {
  const address = input.trim();
  return address.length <= 254 && EMAIL.test(address);
}
