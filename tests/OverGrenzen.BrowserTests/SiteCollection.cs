namespace OverGrenzen.BrowserTests;

/// <summary>All browser tests share one built and served site (and one Chromium): it is built once.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "built site";
}
