// The referee for docsgen's page model: the outline of each page as the real MDX parser sees it,
// plus the compiler's verdict. Same processor setup as compile-mdx.mjs (@mdx-js/mdx with
// remark-frontmatter and remark-gfm, remark-mdx built in), so "compiles" means the same here.
//
// Usage: node outline-mdx.mjs FILE...
//        node outline-mdx.mjs -        (newline-separated paths on stdin)
// Every file is handled in this one process with one shared processor.
//
// Prints one JSON array, one object per file, in the order given:
//   {file, ok, message, line, column, outline}
// ok/message/line/column are the compiler's verdict, as in compile-mdx.mjs. `outline` is null
// when the page does not even parse; otherwise (also when parsing worked and a later compile
// step failed) it holds, walked from the mdast of `processor.parse`:
//   frontmatter  {line, endLine, error: {message, line, column} | null} | null
//                the leading YAML block; `error` is js-yaml's verdict on it (the YAML parser of
//                the JavaScript toolchain: gray-matter's, and a dependency of @mintlify/validation)
//   headings     [{depth, text, line}]   text: the text and inlineCode values of all
//                descendants, concatenated (what a reader sees; image alt and expressions left out)
//   code         [{lang, meta, line, endLine}]
//   jsx          [{name, flow, line, column, attributes: [{name, value, expression}]}]
//                name is null for a fragment (<>); an attribute's value is its string literal,
//                null otherwise; expression holds the source of {...} values and {...spread}s
//   esm          [{line, endLine}]
//   expressions  [{flow, value, line, column}]
//   links        [{kind, url, line, column}]   kind: link | image | autolink (GFM literal URL)
//                | definition | linkReference | imageReference (url resolved by definition)
// Lines and columns are 1-based and count the frontmatter.
// Exit status: 0 when every file compiled, 1 when at least one did not, 2 on a usage error.
import { readFileSync } from "node:fs";
import { createProcessor } from "@mdx-js/mdx";
import yaml from "js-yaml";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";

const USAGE = "usage: node outline-mdx.mjs FILE... | node outline-mdx.mjs -";

let files = process.argv.slice(2);
const unknownFlag = files.find((arg) => arg.startsWith("--"));
if (unknownFlag || files.length === 0) {
  console.error(`${unknownFlag ? `unknown option ${unknownFlag}` : "no files given"}\n${USAGE}`);
  process.exit(2);
}
if (files.length === 1 && files[0] === "-") {
  files = readFileSync(0, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
}

const processor = createProcessor({ remarkPlugins: [remarkFrontmatter, remarkGfm] });

// Same as compile-mdx.mjs: `place` when the error has it, else the range named in the message.
function locate(error, message) {
  const place = error.place?.start ?? error.place ?? {};
  const inText = message.match(/\((\d+):(\d+)-\d+:\d+\)/);
  return {
    line: place.line ?? error.line ?? (inText ? Number(inText[1]) : null),
    column: place.column ?? error.column ?? (inText ? Number(inText[2]) : null),
  };
}

function plainText(node) {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  return (node.children ?? []).map(plainText).join("");
}

function frontmatterOf(node) {
  const start = node.position.start.line;
  let error = null;
  try {
    yaml.load(node.value);
  } catch (problem) {
    const mark = problem.mark ?? {};
    error = {
      message: String(problem.reason ?? problem.message),
      line: start + 1 + (mark.line ?? 0),
      column: (mark.column ?? 0) + 1,
    };
  }
  return { line: start, endLine: node.position.end.line, error };
}

function attributeOf(attribute) {
  if (attribute.type === "mdxJsxExpressionAttribute") {
    return { name: null, value: null, expression: attribute.value };
  }
  const value = attribute.value;
  if (value !== null && typeof value === "object") {
    return { name: attribute.name, value: null, expression: value.value };
  }
  return { name: attribute.name, value: value ?? null, expression: null };
}

function outlineOf(tree, text) {
  // The parser drops a leading byte order mark; offsets count from after it.
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const outline = {
    frontmatter: null,
    headings: [],
    code: [],
    jsx: [],
    esm: [],
    expressions: [],
    links: [],
  };
  const definitions = new Map();
  const references = [];
  const start = (node) => node.position.start;

  function visit(node) {
    const at = node.position ? start(node) : null;
    switch (node.type) {
      case "yaml":
        outline.frontmatter = frontmatterOf(node);
        break;
      case "heading":
        outline.headings.push({ depth: node.depth, text: plainText(node), line: at.line });
        break;
      case "code":
        outline.code.push({
          lang: node.lang ?? null,
          meta: node.meta ?? null,
          line: at.line,
          endLine: node.position.end.line,
        });
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        outline.jsx.push({
          name: node.name ?? null,
          flow: node.type === "mdxJsxFlowElement",
          line: at.line,
          column: at.column,
          attributes: node.attributes.map(attributeOf),
        });
        break;
      case "mdxjsEsm":
        outline.esm.push({ line: at.line, endLine: node.position.end.line });
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        outline.expressions.push({
          flow: node.type === "mdxFlowExpression",
          value: node.value,
          line: at.line,
          column: at.column,
        });
        break;
      case "link":
      case "image": {
        // GFM turns bare URLs into links; in the source they do not start with `[` or `![`.
        const literal = node.type === "link" && source[at.offset] !== "[";
        const kind = literal ? "autolink" : node.type;
        outline.links.push({ kind, url: node.url, line: at.line, column: at.column });
        break;
      }
      case "definition":
        if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
        outline.links.push({ kind: "definition", url: node.url, line: at.line, column: at.column });
        break;
      case "linkReference":
      case "imageReference": {
        const entry = { kind: node.type, url: null, line: at.line, column: at.column };
        references.push([entry, node.identifier]);
        outline.links.push(entry);
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  }

  visit(tree);
  for (const [entry, identifier] of references) entry.url = definitions.get(identifier) ?? null;
  return outline;
}

const results = [];
for (const file of files) {
  let source;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    const message = `cannot read: ${error.message}`;
    results.push({ file, ok: false, message, line: null, column: null, outline: null });
    continue;
  }
  let outline = null;
  try {
    // process() is parse, run, stringify; split up so the one parse also yields the outline
    // (walked before run(), which rewrites the tree).
    const tree = processor.parse(source);
    outline = outlineOf(tree, source);
    processor.stringify(await processor.run(tree));
    results.push({ file, ok: true, message: null, line: null, column: null, outline });
  } catch (error) {
    const message = String(error?.reason ?? error?.message ?? error);
    results.push({ file, ok: false, message, ...locate(error ?? {}, message), outline });
  }
}
console.log(JSON.stringify(results));
process.exitCode = results.every((r) => r.ok) ? 0 : 1; // not exit(): it may cut off a piped stdout
