using System.Diagnostics;

namespace OverGrenzen.Tests.Theme;

/// <summary>The pure browser modules' own tests (<c>tests/js/*.test.mjs</c>, <c>node --test</c>), run by <c>dotnet test</c>.</summary>
public class JavaScriptUnitTests
{
    [Fact]
    public async Task The_pure_modules_pass_their_node_tests()
    {
        var start = new ProcessStartInfo("node", ["--test", "tests/js/"])
        {
            WorkingDirectory = TestSite.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, $"node --test failed:\n{await output}\n{await errors}");
        Assert.Contains("# fail 0", await output);
    }
}
