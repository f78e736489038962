// Lint with the TypeScript-aware recommended rules; the test suite runs `npm run lint`.
import tseslint from "typescript-eslint";

export default tseslint.config(...tseslint.configs.recommended, {
  rules: {
    "@typescript-eslint/no-unused-vars": "error",
    eqeqeq: "error",
  },
});
