using System.Diagnostics;
using System.Net;

namespace PluginCrm.Bench;

/// <summary>
/// <c>crm serve</c> (or another <c>crm</c> command) as a process of its own, configured by <c>CRM_</c> environment
/// variables as an operator would; its output is read and dropped so that it never blocks on a full pipe.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServeProcess(Process process, string address)
    {
        this.process = process;
        Address = address;
    }

    public string Address { get; }

    public static async Task<ServeProcess> StartAsync(string hostDll, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var address = $"http://127.0.0.1:{PluginCrm.Sdk.Testing.ThrowawayPostgres.FreePort()}";
        var process = Start(hostDll, environment, ["serve", "--urls", address, .. args]);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new BenchException($"crm serve exited with code {process.ExitCode} before answering /health");
            if (clock.Elapsed > TimeSpan.FromSeconds(120))
                throw new BenchException("crm serve did not answer /health within 120 s");
            try
            {
                if ((await http.GetAsync($"{address}/health")).StatusCode == HttpStatusCode.OK)
                    return new ServeProcess(process, address);
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Runs a command to its end; returns what it printed, or fails with what it said.</summary>
    public static async Task<string> RunAsync(string hostDll, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(hostDll, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new BenchException($"crm {string.Join(' ', args)} failed: {await error}{await output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static Process Start(string hostDll, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in (string[])[hostDll, .. args])
            info.ArgumentList.Add(argument);
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("CRM_", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        return Process.Start(info)!;
    }
}
