namespace OverGrenzen.Rendering;

/// <summary>
/// Where the theme lives: <c>theme/</c> beside the content folder in a checkout, or else the copy the
/// build places beside the program (so content outside this repository still gets assets and search).
/// </summary>
public static class ThemeFolder
{
    public static string Locate(string contentRoot)
    {
        var inRepository = Path.GetFullPath(Path.Combine(contentRoot, "..", "theme"));
        return Directory.Exists(Path.Combine(inRepository, "assets")) ? inRepository : Path.Combine(AppContext.BaseDirectory, "theme");
    }
}
