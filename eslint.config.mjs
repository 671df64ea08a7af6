import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const NO_NEXT_LINK = {
  name: "next/link",
  message: "Use Link from @/components/ui/link: it does not prefetch (every page here is rendered per request).",
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  // The floors: routes (app/) call lib/ and pass Server Actions down to components/ as props;
  // components never reach up into a route, and only lib/ touches the database.
  {
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [NO_NEXT_LINK],
          patterns: [{ group: ["@/app/*", "**/app/*"], message: "Pass Server Actions in as props; components and lib never import a route module." }],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [NO_NEXT_LINK],
          patterns: [
            { group: ["@/lib/db", "@/lib/generated/*"], message: "Routes reach the database only through lib/ functions." },
          ],
        },
      ],
    },
  },
  {
    ignores: [".next/**", ".next-*/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results*/**", "playwright-report/**"],
  },
];

export default config;
