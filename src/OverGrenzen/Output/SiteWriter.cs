namespace OverGrenzen.Output;

/// <summary>
/// Writes the finished site atomically: everything goes into a fresh sibling folder, which then takes the
/// place of the old output. A build that fails before this point leaves the old output exactly as it was.
/// </summary>
public static class SiteWriter
{
    public static void Write(string outputRoot, IReadOnlyList<OutputFile> files, Action<string>? afterWriting = null)
    {
        var target = Path.GetFullPath(outputRoot);
        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, "." + Path.GetFileName(target) + ".tmp-" + Environment.ProcessId);
        if (Directory.Exists(staging))
            Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);

        try
        {
            foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct())
                Directory.CreateDirectory(Path.Combine(staging, folder!));
            Parallel.ForEach(files, file => File.WriteAllBytes(Path.Combine(staging, file.Path), file.Content));

            // Work that needs the finished files (the search index) runs before the swap, so a
            // failure there also leaves the old output alone.
            afterWriting?.Invoke(staging);
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
        Swap(staging, target);
    }

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        var retired = target + ".old-" + Environment.ProcessId;
        if (Directory.Exists(retired))
            Directory.Delete(retired, recursive: true);
        Directory.Move(target, retired);
        Directory.Move(staging, target);
        Directory.Delete(retired, recursive: true);
    }
}
