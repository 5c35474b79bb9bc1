/**
 * Returns the path of a request URL without its query string. Logs use it because the
 * status look-up carries the tracking code in `?code=`.
 */
export function requestPath(url: string): string {
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? url : url.slice(0, queryStart);
}
