// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config; proxy.ts reads the same limit
const { bodySizeLimitBytes } = require("./lib/http/server-action-limits.json");

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Separate build folders let two checkouts' test runs build side by side (default ".next").
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The Prisma client and argon2 load native/wasm code that must not be bundled; pdfkit reads its
  // font metrics (js/data/*.afm) from beside its own file at run time.
  serverExternalPackages: ["@node-rs/argon2", "pg", "epub-gen-memory", "pdfkit"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project with tsc before it builds (scripts/test.ts); checking
  // again inside the build cost another ~30 s. Every other build checks types as usual.
  typescript: { ignoreBuildErrors: process.env.FOLIO_TYPECHECKED === "1" },
  // proxy.ts sets every security header on what it sees; the build's static files bypass it.
  async headers() {
    return [{ source: "/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }];
  },
  experimental: {
    serverActions: {
      // Imports and long chapters: AO3 allows 510,000 characters of text per chapter, and the
      // import form takes 5 MB files. 6 MB; proxy.ts answers 413 above it before Next reads it.
      bodySizeLimit: bodySizeLimitBytes,
    },
  },
};

module.exports = nextConfig;
