using OverGrenzen.Loading;

namespace OverGrenzen.Tests.Loading;

public class UrlMappingTests
{
    [Theory]
    [InlineData("index.md", "/")]
    [InlineData("over.md", "/over/")]
    [InlineData("kader/index.md", "/kader/")]
    [InlineData("kader/vormen/index.md", "/kader/vormen/")]
    [InlineData("kader/factoren/wederzijds-vertrouwen.md", "/kader/factoren/wederzijds-vertrouwen/")]
    public void Markdown_paths_map_to_clean_urls(string path, string url) =>
        Assert.Equal(url, OverGrenzen.Model.Urls.SiteUrls.ForSourcePath(path));

    [Theory]
    [InlineData("/", "index")]
    [InlineData("/kader/", "kader")]
    [InlineData("/onderzoeken/zorglogistiek/", "zorglogistiek")]
    public void The_id_is_the_last_url_segment(string url, string id) =>
        Assert.Equal(id, OverGrenzen.Model.Urls.SiteUrls.IdFor(url));
}
