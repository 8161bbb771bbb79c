import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The layers (README, "Folder layout"), enforced so the architecture cannot quietly erode:
//   src/app, src/components  → pages and UI: never the database.
//   src/features             → domain logic: never tRPC, Next, React or the UI.
//   src/lib                  → tiny shared helpers: nothing from the server or features.
//   pure modules (analysis)  → no I/O at all.
const DATABASE = [
  { group: ["@/server/db", "@/server/db/*", "@prisma/*", "pg", "@electric-sql/*", "pglite-prisma-adapter"], message: "Pages and UI reach data through tRPC procedures, not the database." },
  { group: ["@/generated/prisma/client", "@/generated/prisma/models/*"], message: "Pages and UI do not use the Prisma client; enum types come from @/generated/prisma/enums." },
];
const FRAMEWORK = [
  { group: ["@trpc/*", "next", "next/*", "next-auth", "next-auth/*", "react", "react-dom", "@tanstack/*"], message: "Feature code stays framework-free: throw AppError and let src/server/api map it." },
  { group: ["@/server/api/*", "@/server/auth", "@/server/auth/*", "@/app/*", "@/components/*", "@/trpc/*"], message: "Feature code must not depend on the API, pages or UI layers." },
];
const IO = [
  { group: ["node:fs", "fs", "node:net", "node:http", "node:https", "node:child_process", "@/server/*", "@/generated/*"], message: "Pure modules have no I/O; pass data in." },
];

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "src/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
    },
  },
  { files: ["src/app/**", "src/components/**"], rules: { "no-restricted-imports": ["error", { patterns: DATABASE }] } },
  { files: ["src/features/**"], rules: { "no-restricted-imports": ["error", { patterns: FRAMEWORK }], "@typescript-eslint/no-explicit-any": "error" } },
  { files: ["src/lib/**"], rules: { "no-restricted-imports": ["error", { patterns: [...FRAMEWORK, ...DATABASE] }] } },
  {
    files: ["src/features/analysis/**"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...FRAMEWORK, ...IO] }] },
  },
  { files: ["**/*.mjs", "scripts/**"], languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } } },
);
