// The one way an instant is written to the API, in GraphQL variables and in query strings alike:
// ISO-8601 with an offset (a time without its zone is ambiguous between a browser and the server).
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant of an ISO-8601 date-time with offset between the years 2000 and 2100; null for anything else. */
export function parseIsoDateTime(text: string): Date | null {
  if (!ISO_DATE_TIME.test(text)) return null;
  const date = new Date(text);
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 2000 || date.getUTCFullYear() > 2100) return null;
  return date;
}
