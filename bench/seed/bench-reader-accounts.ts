// The bench readers' names and password (a benchmark archive on 127.0.0.1, not a secret), apart
// from the code that creates them so the measurements can read them without loading lib/.
import { TROPES } from "./vocabulary";

export const BENCH_READER_PASSWORD = "bench-reader-password";
export const BENCH_READERS = ["bench_reader_1", "bench_reader_2", "bench_reader_3"];
// "Angst": hidden from the first reader's listings by their preferences.
export const BENCH_READER_EXCLUDED_TAG = TROPES[1]!;
