using OverGrenzen.Serving;

namespace OverGrenzen.Tests.Serving;

/// <summary>The production headers in netlify.toml are as strict as the site allows.</summary>
public class NetlifyHeadersTests
{
    private static readonly IReadOnlyDictionary<string, string> Headers =
        NetlifyHeaders.ForAllPaths(Path.Combine(TestSite.RepositoryRoot, "netlify.toml"));

    [Fact]
    public void The_content_security_policy_allows_only_what_the_site_uses()
    {
        var policy = Headers["Content-Security-Policy"].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);
        Assert.Equal(["'none'"], policy["default-src"]);
        Assert.Equal(["'self'", "'wasm-unsafe-eval'"], policy["script-src"]); // Pagefind runs WebAssembly
        Assert.Equal(["'self'", "blob:"], policy["worker-src"]);
        Assert.Equal(["'self'"], policy["style-src"]);
        Assert.Equal(["'none'"], policy["frame-ancestors"]);
        Assert.Equal(["'none'"], policy["object-src"]);
        Assert.Equal(["'none'"], policy["base-uri"]);
        Assert.Equal(["'self'"], policy["form-action"]);
        Assert.DoesNotContain(policy.Values.SelectMany(v => v), v => v.Contains("unsafe-inline") || v.Contains('*') || v.StartsWith("http"));
    }

    [Theory]
    [InlineData("X-Content-Type-Options", "nosniff")]
    [InlineData("Referrer-Policy", "strict-origin-when-cross-origin")]
    [InlineData("Strict-Transport-Security", "max-age=63072000; includeSubDomains")]
    public void The_usual_security_headers_are_set(string name, string value) =>
        Assert.Equal(value, Headers[name]);

    [Fact]
    public void Permissions_policy_turns_off_what_a_training_site_never_needs() =>
        Assert.Contains("camera=()", Headers["Permissions-Policy"]);
}
