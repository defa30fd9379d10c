// Check a docs.json with Mintlify's own validator (@mintlify/validation, pinned in package.json).
//
// The package exports three validators (dist/mint-config/validateConfig.js):
//   validateMintConfig          the legacy mint.json (v1) format;
//   validateDocsConfig          docs.json (v2): docsConfigSchema.safeParse with Mintlify's error map;
//   validateSourceRefDocsConfig docs.json whose navigation may hold `sourceRef` entries.
// docsgen writes plain docs.json, so validateDocsConfig is the one that applies.
//
// Usage: node validate-docs-json.mjs path/to/docs.json
// Prints {"ok": bool, "errors": [{"path": "a.b[0].c", "message": "..."}]}.
// Exit status: 0 valid, 1 invalid (including unparsable JSON), 2 usage error or unreadable file.
import { readFileSync } from "node:fs";
import { formatIssue, validateDocsConfig } from "@mintlify/validation";

const args = process.argv.slice(2);
if (args.length !== 1 || args[0].startsWith("--")) {
  console.error("usage: node validate-docs-json.mjs DOCS_JSON");
  process.exit(2);
}
const [file] = args;

function report(ok, errors) {
  console.log(JSON.stringify({ ok, errors }));
  process.exit(ok ? 0 : 1);
}

let text;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  console.error(`cannot read ${file}: ${error.message}`);
  process.exit(2);
}
let config;
try {
  config = JSON.parse(text);
} catch (error) {
  report(false, [{ path: "", message: `not JSON: ${error.message}` }]);
}

const pathOf = (segments) =>
  segments.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");

const result = validateDocsConfig(config);
if (result.success) report(true, []);
// formatIssue spells out every alternative of a union that did not match, which is where the
// useful detail is (navigation is a union of shapes). Its first line repeats the path as
// "#.a.b: "; the path has its own field, so that prefix is dropped.
const errors = result.error.issues.map((issue) => ({
  path: pathOf(issue.path),
  message: formatIssue(issue).replace(/^#\S*: /, ""),
}));
report(false, errors);
