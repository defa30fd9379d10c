// Check a docs.json with Mintlify's own validator (@mintlify/validation, pinned in package.json).
// Usage: node validate-docs-json.mjs path/to/docs.json
// Prints {"ok": bool, "errors": [{"path": "...", "message": "..."}]}; exit 0 valid, 1 invalid, 2 usage.
import { readFileSync } from "node:fs";
import { validateDocsConfig, formatIssue } from "@mintlify/validation";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("usage: node validate-docs-json.mjs DOCS_JSON");
  process.exit(2);
}
let config;
try {
  config = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  console.log(JSON.stringify({ ok: false, errors: [{ path: "", message: String(error) }] }));
  process.exit(1);
}
const result = validateDocsConfig(config);
const errors = result.success
  ? []
  : result.error.issues.map((issue) => ({
      path: issue.path.join("."),
      message: typeof formatIssue === "function" ? formatIssue(issue) : issue.message,
    }));
console.log(JSON.stringify({ ok: result.success, errors }));
process.exit(result.success ? 0 : 1);
