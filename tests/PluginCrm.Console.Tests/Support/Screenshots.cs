using System.Reflection;
using Microsoft.Playwright;

namespace PluginCrm.Console.Tests.Support;

/// <summary>Full-page screenshots of each test's steps, under <c>test-artefacts/console/&lt;test&gt;/&lt;step&gt;.jpg</c> at the repository's root: JPEG, which
/// Chromium encodes in a fraction of the time a PNG of a long page takes.</summary>
public static class Screenshots
{
    public static string Root { get; } = Path.Combine(
        typeof(Screenshots).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!,
        "test-artefacts", "console");

    /// <summary>Deletes the screenshots a previous run left for <paramref name="test"/>, so its folder shows this run's steps only.</summary>
    public static void Clear(string test)
    {
        var folder = Path.Combine(Root, test);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    /// <summary>Saves the whole page as <paramref name="step"/>; returns the file's path.</summary>
    public static async Task<string> SaveAsync(IPage page, string test, string step)
    {
        var path = Path.Combine(Root, test, $"{step}.jpg");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true, Type = ScreenshotType.Jpeg, Quality = 85 });
        return path;
    }
}
