using OverGrenzen.Benchmark.Reporting;

namespace OverGrenzen.Benchmark.Scenarios;

/// <summary>Where builds write: on disk (in the work folder) or on the RAM disk, to separate writing from building.</summary>
/// <param name="Name">"disk" or "RAM disk", with the file system type, for the table.</param>
public sealed record OutputLocation(string Name, string Root)
{
    private const string RamDisk = "/dev/shm";

    /// <summary>The work folder, and /dev/shm when it exists.</summary>
    public static IReadOnlyList<OutputLocation> All(string workFolder)
    {
        var disk = Path.Combine(workFolder, "out");
        var locations = new List<OutputLocation> { new($"disk ({MachineInfo.FileSystemOf(workFolder)})", disk) };
        if (Directory.Exists(RamDisk))
            locations.Add(new($"RAM ({MachineInfo.FileSystemOf(RamDisk)})", Path.Combine(RamDisk, "overgrenzen-benchmark")));
        return locations;
    }

    /// <summary>A fresh, empty output folder for <paramref name="name"/>; an old one is deleted (untimed).</summary>
    public string Clean(string name)
    {
        var folder = Path.Combine(Root, name);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(Root);
        return folder;
    }

    /// <summary>Deletes the location's folder and everything in it (frees the RAM disk).</summary>
    public void Remove()
    {
        if (Directory.Exists(Root))
            Directory.Delete(Root, recursive: true);
    }
}
