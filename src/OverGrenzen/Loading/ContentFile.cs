namespace OverGrenzen.Loading;

/// <summary>A file found in the content folder, with its path relative to that folder.</summary>
public sealed record ContentFile(string FullPath, string RelativePath)
{
    public bool IsData => RelativePath.StartsWith(ContentLayout.DataFolder + "/", StringComparison.Ordinal);

    public bool IsPage => !IsData && RelativePath.EndsWith(".md", StringComparison.Ordinal);

    public static IReadOnlyList<ContentFile> FindAll(string contentRoot) =>
        Directory.EnumerateFiles(contentRoot, "*", SearchOption.AllDirectories)
            .Select(full => new ContentFile(full, Path.GetRelativePath(contentRoot, full).Replace('\\', '/')))
            .Where(f => !Path.GetFileName(f.RelativePath).StartsWith('.'))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToArray();
}
