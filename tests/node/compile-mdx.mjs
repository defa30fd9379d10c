// Compile MDX pages with the real MDX compiler (@mdx-js/mdx, pinned in package.json), set up the
// way Mintlify reads a page: the leading YAML block is frontmatter, not Markdown
// (remark-frontmatter), and GitHub-flavoured Markdown (tables, strikethrough, autolink
// literals) is on (remark-gfm).
//
// Usage: node compile-mdx.mjs [--text] FILE...
//        node compile-mdx.mjs [--text] -        (newline-separated paths on stdin)
// Every file is compiled in this one process with one shared processor, so hundreds of pages take
// a second or two instead of a node start-up each.
//
// Prints one JSON array: [{"file", "ok", "message", "line", "column", "text"?}].
// Exit status: 0 when every file compiled, 1 when at least one did not, 2 on a usage error.
//
// --text also runs each compiled page and reports the text a reader would see, so tests can prove
// that escaped catalog prose comes out literally. Components (Card, ParamField, ...) are stood in
// for by plain containers of their children. Running a page also surfaces what compiling alone
// cannot: an expression such as `{id}` in prose compiles, but throws "id is not defined" once the
// page is rendered; with --text such a page is reported as failed.
//
// Deliberately left out: Mintlify also runs remark-math and remark-smartypants. Math only makes
// the parser more lenient (text between two `$` is not parsed for `{` or `<`), so without it this
// check is the stricter one; smartypants only swaps quotes and dashes for typographic ones.
import { readFileSync } from "node:fs";
import { createProcessor, evaluate } from "@mdx-js/mdx";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";

const USAGE = "usage: node compile-mdx.mjs [--text] FILE... | node compile-mdx.mjs [--text] -";

function usageError(why) {
  console.error(`${why}\n${USAGE}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const withText = args[0] === "--text";
let files = withText ? args.slice(1) : args;
const unknownFlag = files.find((arg) => arg.startsWith("--"));
if (unknownFlag) usageError(`unknown option ${unknownFlag}`);
if (files.length === 1 && files[0] === "-") {
  files = readFileSync(0, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
}
if (files.length === 0) usageError("no files given");

const options = { remarkPlugins: [remarkFrontmatter, remarkGfm] };
const processor = createProcessor(options);

// A jsx runtime that builds plain {type, props} objects: enough to walk the tree for its text.
const element = (type, props) => ({ type, props });
const runtime = { Fragment: "fragment", jsx: element, jsxs: element };

function textOf(node) {
  if (node == null || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (typeof node.type === "function") return textOf(node.type(node.props));
  return textOf(node.props?.children);
}

async function visibleText(source) {
  // Any capitalised tag is a component Mintlify would supply; stand in a plain container for it.
  const names = new Set([...source.matchAll(/<([A-Z][A-Za-z0-9_.]*)/g)].map((m) => m[1]));
  const components = Object.fromEntries(
    [...names].map((name) => [name, (props) => element(name, props)]),
  );
  const { default: Content } = await evaluate(source, { ...options, ...runtime });
  return textOf(Content({ components }));
}

// Where the compiler says the problem is. Most errors carry `place` (a point, or a range with a
// start); a few (e.g. "Expected a closing tag for `<br>` (1:1-1:5)") only name it in the text.
function locate(error, message) {
  const place = error.place?.start ?? error.place ?? {};
  const inText = message.match(/\((\d+):(\d+)-\d+:\d+\)/);
  return {
    line: place.line ?? error.line ?? (inText ? Number(inText[1]) : null),
    column: place.column ?? error.column ?? (inText ? Number(inText[2]) : null),
  };
}

const results = [];
for (const file of files) {
  let source;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    results.push({ file, ok: false, message: `cannot read: ${error.message}`, line: null, column: null });
    continue;
  }
  try {
    await processor.process(source);
    const result = { file, ok: true, message: null, line: null, column: null };
    if (withText) result.text = await visibleText(source);
    results.push(result);
  } catch (error) {
    const message = String(error?.reason ?? error?.message ?? error);
    results.push({ file, ok: false, message, ...locate(error ?? {}, message) });
  }
}
console.log(JSON.stringify(results));
process.exitCode = results.every((r) => r.ok) ? 0 : 1; // not exit(): it may cut off a piped stdout
