namespace OverGrenzen.Benchmark.Tools;

/// <summary>The checkout being measured: found from the current folder or from this program's folder, upwards.</summary>
public sealed record Repository(string Root)
{
    /// <summary>The real site content.</summary>
    public string Content => Path.Combine(Root, "content");

    /// <summary>The theme folder (Razor components, assets, and Pagefind in node_modules).</summary>
    public string Theme => Path.Combine(Root, "theme");

    /// <summary>The first folder upwards that holds <c>src/OverGrenzen/OverGrenzen.csproj</c>.</summary>
    public static Repository Locate()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "src", "OverGrenzen", "OverGrenzen.csproj")))
                    return new Repository(folder.FullName);
        throw new InvalidOperationException("Run this from the Over grenzen checkout: src/OverGrenzen/OverGrenzen.csproj was not found upwards.");
    }

    /// <summary>
    /// The generator finds its theme beside the content folder (<c>content/../theme</c>). For content outside
    /// the checkout, this links <c>theme</c> next to <paramref name="contentRoot"/> to the checkout's theme.
    /// </summary>
    public void LinkThemeBeside(string contentRoot)
    {
        var link = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentRoot))!, "theme");
        if (Directory.Exists(link))
            return;
        Directory.CreateSymbolicLink(link, Theme);
    }
}
