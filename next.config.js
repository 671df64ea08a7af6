// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Separate build folders let two checkouts' test runs build side by side (default ".next").
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The Prisma client and argon2 load native/wasm code that must not be bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "epub-gen-memory"],
  poweredByHeader: false,
  experimental: {
    serverActions: {
      // Imports and long chapters: AO3 allows 510,000 characters of text per chapter.
      bodySizeLimit: "6mb",
    },
  },
};

module.exports = nextConfig;
