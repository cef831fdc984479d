// The lint gate (`pnpm lint`, run by .ci/run). Type-aware rules need the
// packages built first (workspace imports resolve to dist/ declarations).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "drizzle/**", "**/*.d.ts", ".turbo/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: { project: ["./tsconfig.test.json"], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A dropped promise is a lost error or an unordered write.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-import-type-side-effects": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // Ids, names and JSON strings are checked for control characters on purpose.
      "no-control-regex": "off",
    },
  },
  {
    // Browser code: its own project, with DOM types.
    files: ["apps/console/src/**/*.ts"],
    languageOptions: {
      parserOptions: { project: ["./apps/console/tsconfig.json"], tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Tests poke at untyped JSON answers; `any` there is the honest type.
    files: ["**/test/**/*.ts", "tooling/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Configuration is read in one place: every other module gets a resolved config.
    files: ["apps/*/src/**/*.ts", "packages/*/src/**/*.ts"],
    ignores: ["apps/server/src/config/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through apps/server/src/config." },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: {
      globals: Object.fromEntries(
        [
          "process",
          "console",
          "URL",
          "Buffer",
          "setTimeout",
          "clearTimeout",
          "setInterval",
          "clearInterval",
          "setImmediate",
        ].map((g) => [g, "readonly"]),
      ),
    },
  },
);
