namespace OverGrenzen.Rendering;

/// <summary>
/// Where the theme lives: <c>theme/</c> in the project root (a checkout), or else the copy the build places
/// beside the program (so content outside this repository still gets assets and search).
/// </summary>
public static class ThemeFolder
{
    public static string Locate(string projectRoot)
    {
        var inProject = Path.GetFullPath(Path.Combine(projectRoot, "theme"));
        return Directory.Exists(Path.Combine(inProject, "assets")) ? inProject : Path.Combine(AppContext.BaseDirectory, "theme");
    }
}
