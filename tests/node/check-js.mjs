// Syntax-check JavaScript files without running them (what `node --check` does, for many files
// in one process). Usage: node check-js.mjs -   (paths on stdin)
// Prints [{"file", "ok", "message"}]; exit 0 when all parse, 1 otherwise.
import { readFileSync } from "node:fs";
import vm from "node:vm";

const files = readFileSync(0, "utf8").split("\n").filter(Boolean);
const results = files.map((file) => {
  try {
    new vm.Script(readFileSync(file, "utf8"), { filename: file });
    return { file, ok: true, message: null };
  } catch (error) {
    return { file, ok: false, message: String(error) };
  }
});
console.log(JSON.stringify(results));
process.exit(results.every((r) => r.ok) ? 0 : 1);
