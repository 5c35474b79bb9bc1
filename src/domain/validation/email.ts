/**
 * A plain syntactic e-mail check; only the mail server can tell whether an address exists.
 * Any Unicode letter is allowed, so internationalised addresses and domains (pemda.香港,
 * contoh.みんな) are not rejected. Rejected is what an ordinary mailbox address never
 * contains, and what a pasted address often drags along:
 * - whitespace, and the RFC 5322 specials `<>()[]\,;:"`, which only display names, comments,
 *   quoted local parts, address lists and `mailto:` use;
 * - a local part that is empty, starts or ends with a dot, or has two dots in a row;
 * - a domain with fewer than two labels, an empty label, or a label that starts or ends with
 *   a hyphen (RFC 1035 host names).
 */
const SPACE_OR_SPECIAL = /[\s<>()[\]\\,;:"]/u;

/** Checks an address after trimming surrounding whitespace. The maximum of 254 counts UTF-16 code units. */
export function isValidEmail(input: string): boolean {
  const address = input.trim();
  if (address.length > 254 || SPACE_OR_SPECIAL.test(address)) return false;

  const parts = address.split('@');
  if (parts.length !== 2) return false;
  const [localPart = '', domain = ''] = parts;
  return isValidLocalPart(localPart) && isValidDomain(domain);
}

function isValidLocalPart(localPart: string): boolean {
  return localPart !== '' && !localPart.startsWith('.') && !localPart.endsWith('.') && !localPart.includes('..');
}

function isValidDomain(domain: string): boolean {
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => label !== '' && !label.startsWith('-') && !label.endsWith('-'));
}
