using System.Text;
using OverGrenzen.Rendering;

namespace OverGrenzen.Tests.Rendering;

public class ThemeAssetsTests
{
    [Fact]
    public void Imports_and_a_workers_module_url_point_at_the_fingerprinted_files()
    {
        var root = Directory.CreateTempSubdirectory("theme-assets-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "js"));
            File.WriteAllText(Path.Combine(root, "js", "page.js"), """
                import { h } from "./dom.js";
                const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
                """);
            File.WriteAllText(Path.Combine(root, "js", "dom.js"), "export const h = 1;");
            File.WriteAllText(Path.Combine(root, "js", "worker.js"), "self.onmessage = () => {};");

            var assets = ThemeAssets.Load(root);

            var page = Encoding.UTF8.GetString(assets.Files.Single(f => f.LogicalPath == "js/page.js").Content);
            Assert.Contains($"from \"{assets.Urls["js/dom.js"]}\"", page);
            Assert.Contains($"new URL(\"{assets.Urls["js/worker.js"]}\", import.meta.url)", page);
            Assert.Matches(@"^/assets/js/worker\.[0-9a-f]{10}\.js$", assets.Urls["js/worker.js"]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
