import "server-only";
import { readDb } from "@/lib/db";

// Moves whenever something that listing counts depend on changes (the `listing_changes` sequence
// and its triggers, migration 20261126190000_listing_counts_cache). Read, never taken: reading a
// sequence's last value locks nothing.
export async function listingVersion(): Promise<string> {
  const [row] = await readDb.$queryRaw<[{ version: string }]>`SELECT format('%s.%s', last_value, is_called) AS version FROM listing_changes`;
  return row.version;
}
