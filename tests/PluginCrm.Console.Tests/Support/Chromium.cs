using Microsoft.Playwright;

namespace PluginCrm.Console.Tests.Support;

/// <summary>
/// Debian's Chromium headless shell (<c>/usr/bin/chromium-headless-shell</c>, installed by <c>scripts/ensure-chromium.sh</c>
/// before the tests run), launched once per run: Chromium's renderer without the browser around it, which runs these tests
/// on 79 s of CPU where <c>chromium --headless</c> took 134 s. Playwright never downloads a browser here: its driver, Node.js and its JavaScript package, comes
/// with the NuGet package and is copied beside the tests (<c>.playwright/</c>), where <see cref="Playwright.CreateAsync"/> finds it.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium-headless-shell";

    // Without the background-networking flags Chromium keeps calling its vendor's services, which floods a closed network.
    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"no Chromium at {ExecutablePath}: run scripts/ensure-chromium.sh (dotnet test runs it first)");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
