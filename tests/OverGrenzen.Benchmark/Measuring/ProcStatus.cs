namespace OverGrenzen.Benchmark.Measuring;

/// <summary>Reads Linux's <c>/proc</c>: a process's memory high-water mark and its children.</summary>
public static class ProcStatus
{
    /// <summary>VmHWM (peak resident set size) in bytes, or null when the process is gone.</summary>
    public static long? HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The ids of the processes whose parent is <paramref name="pid"/>.</summary>
    public static IReadOnlyList<int> Children(int pid)
    {
        var children = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var candidate))
                continue;
            try
            {
                // "pid (comm) state ppid …"; comm may contain spaces, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1]) == pid)
                    children.Add(candidate);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }
        return children;
    }
}
