import { test } from "node:test";
import assert from "node:assert/strict";
import { formatSize, routeFiles } from "../../theme/assets/js/offline-routes.js";

test("sizes read the Dutch way", () => {
  assert.equal(formatSize(999), "999 bytes");
  assert.equal(formatSize(723523), "723,5 kB");
  assert.equal(formatSize(1250000), "1,3 MB");
});

test("a route's files are its pages and search files once each, with their total size from the manifest", () => {
  const manifest = { files: { "/r/": [100, "a"], "/p/": [50, "b"], "/pagefind/pagefind.js": [1000, "c"] } };
  const route = { pages: ["/r/", "/p/", "/r/"], files: ["/pagefind/pagefind.js"] };
  assert.deepEqual(routeFiles(manifest, route), { urls: ["/r/", "/p/", "/pagefind/pagefind.js"], bytes: 1150 });
});
