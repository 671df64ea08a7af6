// Runs with their own build folder (NEXT_DIST_DIR) also keep their own traces and saved log-ins.
export const OUTPUT_DIR = process.env.NEXT_DIST_DIR
  ? `test-results-${process.env.NEXT_DIST_DIR.replace(/^\.next-?/, "")}`
  : "test-results";
