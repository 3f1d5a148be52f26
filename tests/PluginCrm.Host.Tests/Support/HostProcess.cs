using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PluginCrm.Host.Tests.Support;

/// <summary>
/// <c>crm serve</c> as a process of its own on 127.0.0.1 (a free port), configured by <c>CRM_</c> environment variables
/// as an operator would. Its output is read to the end in the background, so a chatty host never blocks on a full pipe.
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Queue<string> lastLines = new();
    private Task drained = Task.CompletedTask;

    private HostProcess(Process process) => this.process = process;

    public HttpClient Client { get; private set; } = null!;

    public int Id => process.Id;

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { TestPaths.HostDll, "serve", "--urls", "http://127.0.0.1:0" }.Concat(args))
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        var host = new HostProcess(Process.Start(start)!);
        host.Client = new HttpClient { BaseAddress = new Uri(await host.ReadAddressAsync()) };
        return host;
    }

    /// <summary>Kills the process with SIGKILL: no shutdown, no finally blocks, its open transactions dropped with its connections.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    /// <summary>The last lines it wrote, for a failure's message.</summary>
    public string Tail()
    {
        lock (lastLines)
            return string.Join('\n', lastLines);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        await drained;
        process.Dispose();
    }

    private async Task<string> ReadAddressAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            Keep(line);
            if (Listening().Match(line) is { Success: true } match)
            {
                drained = Task.WhenAll(DrainAsync(process.StandardOutput), DrainAsync(process.StandardError));
                return match.Groups[1].Value;
            }
        }
        throw new InvalidOperationException($"serve exited before listening: {await process.StandardError.ReadToEndAsync()}\n{Tail()}");
    }

    private async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
            Keep(line);
    }

    private void Keep(string line)
    {
        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > 200)
                lastLines.Dequeue();
        }
    }
}
