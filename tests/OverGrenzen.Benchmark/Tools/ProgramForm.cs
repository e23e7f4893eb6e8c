namespace OverGrenzen.Benchmark.Tools;

/// <summary>How the generator (and the floor, the same way) is compiled for the benchmark.</summary>
public enum ProgramForm
{
    /// <summary><c>-p:PublishAot=true</c>: a native program, no JIT at all (needs a C toolchain: clang or gcc).</summary>
    NativeAot,

    /// <summary>The framework-dependent publish, precompiled with ReadyToRun; the JIT still compiles what that leaves.</summary>
    ReadyToRun,
}
