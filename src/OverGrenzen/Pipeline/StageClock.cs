using System.Diagnostics;

namespace OverGrenzen.Pipeline;

/// <summary>Adds up the time spent in one part of the work across all threads, for <c>build -v</c>.</summary>
internal sealed class StageClock
{
    private long _ticks;

    public long Milliseconds => _ticks * 1000 / Stopwatch.Frequency;

    public T Time<T>(Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
        }
    }

    public void Time(Action work) => Time(() => { work(); return 0; });
}
