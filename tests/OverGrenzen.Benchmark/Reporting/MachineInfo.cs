using System.Globalization;
using System.Runtime.InteropServices;
using OverGrenzen.Benchmark.Measuring;

namespace OverGrenzen.Benchmark.Reporting;

/// <summary>What the figures were measured on, printed under the table.</summary>
public static class MachineInfo
{
    /// <summary>Writes cores, CPU, memory, kernel, tool versions and the date as a Markdown list.</summary>
    public static async Task WriteAsync(TextWriter output, IEnumerable<(string Tool, string Version)> tools, string loadAtStart)
    {
        var sdk = (await TimedProcess.RunAsync("dotnet", ["--version"], TimeSpan.FromSeconds(30))).Output.Trim();
        output.WriteLine($"- Machine: {Environment.ProcessorCount} cores ({CpuModel()}), {Format.Bytes(MemoryTotal())} memory, Linux {Read("/proc/sys/kernel/osrelease")}");
        output.WriteLine($"- .NET SDK {sdk}, runtime {RuntimeInformation.FrameworkDescription}");
        foreach (var (tool, version) in tools)
            output.WriteLine($"- {tool}: {version}");
        output.WriteLine($"- Peak memory: {TimedProcess.MemorySource}");
        output.WriteLine($"- Load average (1, 5, 15 min) at start: {loadAtStart}; at end: {LoadAverage()} — other work on the machine shows up here and in the fastest–slowest spread");
        output.WriteLine($"- Date: {DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}");
    }

    /// <summary>The file system type (ext4, tmpfs, …) that holds <paramref name="path"/>, from /proc/mounts.</summary>
    public static string FileSystemOf(string path)
    {
        var full = Path.GetFullPath(path);
        return File.ReadLines("/proc/mounts")
            .Select(line => line.Split(' '))
            .Where(fields => fields.Length > 2 && IsUnder(full, fields[1]))
            .OrderByDescending(fields => fields[1].Length)
            .Select(fields => fields[2])
            .FirstOrDefault() ?? "unknown";

        static bool IsUnder(string path, string mount) =>
            mount == "/" || path == mount || path.StartsWith(mount + "/", StringComparison.Ordinal);
    }

    /// <summary>The 1, 5 and 15 minute load averages, from /proc/loadavg.</summary>
    public static string LoadAverage() => string.Join(", ", Read("/proc/loadavg").Split(' ').Take(3));

    private static string CpuModel() =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";

    private static long? MemoryTotal()
    {
        var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line["MemTotal:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private static string Read(string file) => File.Exists(file) ? File.ReadAllText(file).Trim() : "unknown";
}
