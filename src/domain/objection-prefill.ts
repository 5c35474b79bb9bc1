/**
 * `POST /api/v1/objection-prefill`: the answers of an information request that an objection
 * (keberatan) to it repeats, so the visitor types them only once (WCAG 3.3.7 Redundant Entry).
 * The request is a POST so that the tracking code and the answers never appear in a URL or an
 * access log.
 */
export interface ObjectionPrefillRequest {
  /** The number on the request's receipt: its registration number, or a number the server replaced. */
  registrationNumber: string;
  /** The tracking code on the same receipt; case, spaces and dashes are ignored. */
  trackingCode: string;
}

/** The 200 body. Any other outcome is 404 `notFound`, or 422 `invalid` for a malformed body. */
export interface ObjectionPrefillResponse {
  /** The request's current registration number, for the objection's `requestNumber` field. */
  registrationNumber: string;
  /** The agency code the request went to. */
  agency: string;
  /**
   * Answers by objection field name (see OBJECTION_PREFILL_FIELDS), only those the request
   * has. Personal data: name, address, phone (E.164) and e-mail.
   */
  values: Record<string, string>;
}
