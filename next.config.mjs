import { readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or WASM packages load from node_modules at run time: bundled, PGlite's
  // ~15 MB of .wasm/.data would be copied into public static assets.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "@prisma/adapter-pg", "nodemailer"],
  env: { FACTDESK_VERSION: version },
  poweredByHeader: false,
  // `npm test` type-checks the whole project first (tsc --noEmit); checking again here only doubles build time.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      {
        // App pages refuse to be framed (clickjacking); their Content-Security-Policy, with a
        // fresh script nonce per response, is set in src/proxy.ts. The public pages under /s
        // set their own, stricter policy (no script at all) in src/server/public/html-response.ts,
        // and the embed widget there is the one page others may frame.
        source: "/:path((?!s(?:/|$)).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
      {
        // API answers are data, never documents to render or frame.
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
