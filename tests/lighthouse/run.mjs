// Lighthouse's default mobile run (slow 4G, 4× CPU) on five page types of a served site.
// A benchmark, not a test: it prints the four category scores and LCP, CLS and TBT per page, and
// asserts nothing. Serve the site first, exactly as deployed (the Netlify headers, no live reload):
//
//   dotnet run --project src/OverGrenzen -c Release -- serve --no-reload --port 8080
//   cd tests/lighthouse && npm ci && CHROME_PATH=/usr/bin/chromium node run.mjs [baseUrl] [--runs N]
//
// With several runs, every figure is the median over the runs.

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const run = promisify(execFile);

const PAGES = [
  ["start page", "/"],
  ["casus", "/casussen/de-klas-van-juf-amira/"],
  ["study", "/onderzoeken/zorglogistiek/"],
  ["studies overview", "/onderzoeken/"],
  ["search with a query", "/zoeken/?q=vertrouwen"],
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 1;
const base = (args[0] ?? "http://127.0.0.1:8080").replace(/\/$/, "");
const cli = fileURLToPath(new URL("./node_modules/lighthouse/cli/index.js", import.meta.url));

if (!process.env.CHROME_PATH) process.env.CHROME_PATH = "/usr/bin/chromium";

async function lighthouse(url) {
  const { stdout } = await run(process.execPath, [
    cli, url,
    "--output=json", "--output-path=stdout", "--quiet",
    `--only-categories=${CATEGORIES.join(",")}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
  ], { maxBuffer: 256 * 1024 * 1024 });
  const report = JSON.parse(stdout);
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    scores: CATEGORIES.map((c) => Math.round((report.categories[c]?.score ?? NaN) * 100)),
    lcp: audit("largest-contentful-paint"),
    cls: audit("cumulative-layout-shift"),
    tbt: audit("total-blocking-time"),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(`Lighthouse mobile, ${base}, ${runs} run(s) per page${runs > 1 ? " (medians)" : ""}\n`);
console.log("| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [name, path] of PAGES) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouse(base + path));
  const scores = CATEGORIES.map((_, c) => median(results.map((r) => r.scores[c])));
  const lcp = median(results.map((r) => r.lcp));
  const cls = median(results.map((r) => r.cls));
  const tbt = median(results.map((r) => r.tbt));
  console.log(`| ${name} \`${path}\` | ${scores.join(" | ")} | ${(lcp / 1000).toFixed(2)} s | ${cls.toFixed(3)} | ${Math.round(tbt)} ms |`);
}
