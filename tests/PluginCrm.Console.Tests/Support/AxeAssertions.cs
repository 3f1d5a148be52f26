using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PluginCrm.Console.Tests.Support;

public static class AxeAssertions
{
    private static readonly HashSet<string> Blocking = ["serious", "critical"];

    /// <summary>Runs axe on the page as it is and fails listing every serious or critical violation: rule, impact, first node.</summary>
    public static async Task AssertNoSeriousViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{v.Id} ({v.Impact}) at {v.Nodes.FirstOrDefault()?.Target}: {v.Help}").ToList();
        if (blocking.Count > 0)
            Assert.Fail($"axe found {blocking.Count} serious or critical violation(s) on {page.Url}:\n{string.Join("\n", blocking)}");
    }
}
