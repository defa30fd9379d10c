// Compile MDX pages with the real MDX compiler, configured like Mintlify reads pages: YAML
// frontmatter is metadata (remark-frontmatter), GitHub-flavoured Markdown is on (remark-gfm).
//
// Usage: node compile-mdx.mjs [--text] FILE...   or   node compile-mdx.mjs [--text] -
// ("-" reads newline-separated paths from stdin; all files compile in this one process).
// Prints one JSON array [{"file", "ok", "message", "line", "column", "text"?}]; exit 0 when all
// compiled, 1 when some failed, 2 on usage errors.
//
// --text also runs each compiled page and returns the text a reader would see, so tests can
// check that escaped catalog prose shows up literally. Components (Card, ParamField, ...) render
// as plain containers of their children; the runtime only builds a tree, it parses nothing.
import { readFileSync } from "node:fs";
import { compile, evaluate } from "@mdx-js/mdx";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";

const args = process.argv.slice(2);
const withText = args[0] === "--text";
let files = withText ? args.slice(1) : args;
if (files.length === 1 && files[0] === "-") {
  files = readFileSync(0, "utf8").split("\n").filter(Boolean);
}
if (files.length === 0) {
  console.error("usage: node compile-mdx.mjs [--text] FILE... | -");
  process.exit(2);
}

const options = { remarkPlugins: [remarkFrontmatter, remarkGfm] };
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
  const names = new Set([...source.matchAll(/<([A-Z][A-Za-z0-9]*)/g)].map((m) => m[1]));
  const components = Object.fromEntries(
    [...names].map((name) => [name, (props) => element(name, props)]),
  );
  const { default: Content } = await evaluate(source, { ...options, ...runtime });
  return textOf(Content({ components }));
}

const results = [];
for (const file of files) {
  const source = readFileSync(file, "utf8");
  try {
    await compile(source, options);
    const result = { file, ok: true, message: null, line: null, column: null };
    if (withText) result.text = await visibleText(source);
    results.push(result);
  } catch (error) {
    const message = String(error.reason ?? error.message ?? error);
    // Some messages carry no `place`, only "(line:column-line:column)" in their text.
    const inText = message.match(/\((\d+):(\d+)-\d+:\d+\)/);
    const place = error.place?.start ?? error.place ?? {};
    results.push({
      file,
      ok: false,
      message,
      line: place.line ?? error.line ?? (inText ? Number(inText[1]) : null),
      column: place.column ?? error.column ?? (inText ? Number(inText[2]) : null),
    });
  }
}
console.log(JSON.stringify(results));
process.exit(results.every((r) => r.ok) ? 0 : 1);
