using System.Collections.Concurrent;

namespace OverGrenzen.Output;

/// <summary>
/// The output of a build in the making: a fresh sibling of the output folder that pages are written into
/// as soon as they are finished (so memory stays bounded), and that takes the place of the old output only
/// when the whole build succeeded. Disposed without <see cref="Commit"/>, it is deleted: the old output is
/// exactly as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    // Each folder is created once; a Lazy makes every other writer wait until it exists.
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    public StagingFolder(string outputRoot)
    {
        _target = Path.GetFullPath(outputRoot);
        var parent = Path.GetDirectoryName(_target) ?? ".";
        Directory.CreateDirectory(parent);
        Root = Path.Combine(parent, "." + Path.GetFileName(_target) + ".tmp-" + Environment.ProcessId);
        if (Directory.Exists(Root))
            Directory.Delete(Root, recursive: true);
        Directory.CreateDirectory(Root);
    }

    /// <summary>Where the files go until the commit.</summary>
    public string Root { get; }

    /// <summary>Thread-safe: many pages are written at once.</summary>
    public void Write(string relativePath, byte[] content)
    {
        var path = Path.Combine(Root, relativePath);
        var folder = Path.GetDirectoryName(path)!;
        _ = _folders.GetOrAdd(folder, f => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(f))).Value;
        File.WriteAllBytes(path, content);
    }

    /// <summary>
    /// Swaps the staging folder in for the old output, which is then removed. The folders in
    /// <paramref name="carryOver"/> that this build did not write are moved over from the old output first
    /// (serve keeps the last search index until the new one is ready).
    /// </summary>
    public void Commit(IReadOnlyList<string>? carryOver = null)
    {
        foreach (var folder in carryOver ?? [])
        {
            var old = Path.Combine(_target, folder);
            var fresh = Path.Combine(Root, folder);
            if (Directory.Exists(old) && !Directory.Exists(fresh))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(fresh)!);
                Directory.Move(old, fresh);
            }
        }
        if (!Directory.Exists(_target))
            Directory.Move(Root, _target);
        else
        {
            var retired = _target + ".old-" + Environment.ProcessId;
            if (Directory.Exists(retired))
                Directory.Delete(retired, recursive: true);
            Directory.Move(_target, retired);
            Directory.Move(Root, _target);
            Directory.Delete(retired, recursive: true);
        }
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Root))
            Directory.Delete(Root, recursive: true);
    }
}
