/** The largest id an integer column holds on every database the subgraph runs on. */
const MAX_ID = 2_147_483_647;

/** A record's id as the graph gives it ("12"), or null when the text cannot be one (so it names no record). */
export function recordIdOf(id: string): number | null {
  return /^[1-9]\d{0,9}$/.test(id) && Number(id) <= MAX_ID ? Number(id) : null;
}
