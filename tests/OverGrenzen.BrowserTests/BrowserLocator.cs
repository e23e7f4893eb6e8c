namespace OverGrenzen.BrowserTests;

/// <summary>
/// Finds a Chromium to drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, then a browser Playwright installed,
/// then a system Chromium or Chrome. With none, the tests fail with a message that says how to get one.
/// </summary>
public static class BrowserLocator
{
    private static readonly string[] SystemBrowsers =
    [
        "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
        "/snap/bin/chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
    ];

    /// <summary>Null means: let Playwright use the browser it installed itself.</summary>
    public static string? ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH");
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(configured) ? configured : throw new InvalidOperationException($"PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH points at {configured}, which does not exist.");
        if (PlaywrightInstalledChromium())
            return null;
        return SystemBrowsers.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "No Chromium found for the browser tests. Install one (Debian/Ubuntu: 'sudo apt-get install chromium'; " +
            "elsewhere: 'pwsh tests/OverGrenzen.BrowserTests/bin/Debug/net10.0/playwright.ps1 install chromium'), " +
            "or set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH to a Chromium or Chrome executable.");
    }

    private static bool PlaywrightInstalledChromium()
    {
        var root = Environment.GetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "ms-playwright");
        return Directory.Exists(root) && Directory.EnumerateDirectories(root, "chromium-*").Any();
    }
}
