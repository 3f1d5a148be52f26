using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PluginCrm.Host.Data;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Webhooks.Delivery;
using PluginCrm.Host.Webhooks.Tables;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Bench;

/// <summary>
/// Webhook deliveries a second to a receiver on 127.0.0.1 against outbox delivery without webhooks (a PostCommit step
/// that does nothing), both queued by the same <c>interaction.create</c> calls and drained in turn, round by round, in
/// one host: each delivery is a signed POST and an answer, each outbox row a step run in-process.
/// </summary>
public static class WebhookBench
{
    private const int Rounds = 4, Warmup = 100;

    private sealed record Drain(string Scenario, int Items, double Seconds, double PerSecond, double RatioToBaseline);

    public static async Task<int> RunAsync(string repoRoot, string configuration, int deliveries)
    {
        var build = Path.Combine(repoRoot, "artifacts", "bench-plugin", configuration);
        if (!File.Exists(Path.Combine(build, "PluginCrm.Bench.Plugin.dll")))
        {
            Console.Error.WriteLine($"error: bench plugin not built: {build}");
            return 1;
        }
        var pluginsDir = Directory.CreateTempSubdirectory("crm-bench-webhooks-").FullName;
        try
        {
            var target = Directory.CreateDirectory(Path.Combine(pluginsDir, "bench")).FullName;
            foreach (var file in Directory.GetFiles(build))
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            Console.WriteLine($"{deliveries} interaction.create calls in {Rounds} rounds, each queuing one outbox row and one webhook delivery, drained in turn; {ResultsFile.Machine(configuration)}");
            var (outbox, webhooks, received, responseMs) = await MeasureAsync(pluginsDir, deliveries);
            var baseline = new Drain("outbox, a no-op PostCommit step (baseline)", outbox.Items, outbox.Seconds, outbox.Items / outbox.Seconds, 1);
            var measured = new Drain("webhooks, signed POST to 127.0.0.1", webhooks.Items, webhooks.Seconds, webhooks.Items / webhooks.Seconds,
                (webhooks.Items / webhooks.Seconds) / baseline.PerSecond);
            Console.WriteLine();
            Console.WriteLine($"{"scenario",-45} {"items",6} {"seconds",8} {"per s",7} {"ratio",6}");
            foreach (var d in new[] { baseline, measured })
                Console.WriteLine($"{d.Scenario,-45} {d.Items,6} {d.Seconds,8:0.00} {d.PerSecond,7:0} {d.RatioToBaseline,5:0.00}x");
            Console.WriteLine($"\nthe receiver got {received} POSTs; the receiver's answer took {responseMs.P50:0.0} ms at the median, {responseMs.P95:0.0} ms at p95 (from the delivery log)");
            var written = ResultsFile.Write(repoRoot, "webhooks", new
            {
                benchmark = "webhooks", machine = ResultsFile.Machine(configuration), timestamp = DateTimeOffset.UtcNow, deliveries, rounds = Rounds,
                scenarios = new[] { baseline, measured }, received, responseP50Ms = responseMs.P50, responseP95Ms = responseMs.P95,
            });
            Console.WriteLine($"written to {Path.GetRelativePath(repoRoot, written)}");
            return 0;
        }
        catch (BenchException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
        finally
        {
            HostRun.DeleteQuietly(pluginsDir);
        }
    }

    private static async Task<((int Items, double Seconds) Outbox, (int Items, double Seconds) Webhooks, int Received, (double P50, double P95) ResponseMs)> MeasureAsync(
        string pluginsDir, int deliveries)
    {
        using var console = HostConsole.Silence();
        await using var receiver = await Receiver.StartAsync();
        await using var host = await CrmTestHost.StartAsync(o =>
        {
            o.PluginsDirectory = pluginsDir;
            o.Settings["Webhooks:AllowPrivateNetworks"] = "true";
        });
        var customer = await BenchHttp.IdOfAsync(await host.Client.PostAsJsonAsync("/api/customers", new { name = "Webhook bench" }));
        await BenchHttp.EnsureAsync(await host.Client.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, messages = new[] { "interaction.create" } }));
        var outbox = host.Services.GetRequiredService<OutboxDispatcher>();
        var webhooks = host.Services.GetRequiredService<WebhookSender>();

        async Task QueueAsync(int count)
        {
            for (var i = 0; i < count; i++)
                await BenchHttp.EnsureAsync(await host.Client.PostAsJsonAsync("/api/interactions",
                    new { customerId = customer, kind = "call", occurredUtc = "2026-01-05T09:00:00Z", notes = $"bench call {i}" }));
        }
        static async Task<(int Items, TimeSpan Took)> DrainAsync(IOutboxDelivery delivery)
        {
            var (items, clock) = (0, Stopwatch.StartNew());
            for (int sent; (sent = await delivery.DeliverDueAsync(CancellationToken.None)) > 0;)
                items += sent;
            return (items, clock.Elapsed);
        }

        await QueueAsync(Warmup);
        await DrainAsync(outbox);
        await DrainAsync(webhooks);
        var (outboxItems, outboxTime, hookItems, hookTime) = (0, TimeSpan.Zero, 0, TimeSpan.Zero);
        for (var round = 0; round < Rounds; round++)
        {
            await QueueAsync(deliveries / Rounds);
            var o = await DrainAsync(outbox);
            var w = await DrainAsync(webhooks);
            (outboxItems, outboxTime, hookItems, hookTime) = (outboxItems + o.Items, outboxTime + o.Took, hookItems + w.Items, hookTime + w.Took);
        }

        var expected = Rounds * (deliveries / Rounds);
        if (outboxItems != expected || hookItems != expected || receiver.Count != expected + Warmup)
            throw new BenchException($"expected {expected} of each; the outbox ran {outboxItems}, webhooks delivered {hookItems}, the receiver got {receiver.Count}");
        await using var scope = host.Services.CreateAsyncScope();
        var durations = (await scope.ServiceProvider.GetRequiredService<CrmDbContext>().WebhookAttempts.Select(a => a.DurationMs).ToListAsync()).Order().ToList();
        return ((outboxItems, outboxTime.TotalSeconds), (hookItems, hookTime.TotalSeconds), receiver.Count,
            (durations[durations.Count / 2], durations[(int)(durations.Count * 0.95)]));
    }

    // Answers 200 at once, as a receiver that queues the message for later work should.
    private sealed class Receiver : IAsyncDisposable
    {
        private int count;
        private WebApplication app = null!;

        public int Count => Volatile.Read(ref count);

        public string Url => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";

        public static async Task<Receiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var receiver = new Receiver { app = builder.Build() };
            receiver.app.MapPost("/hook", () =>
            {
                Interlocked.Increment(ref receiver.count);
                return Microsoft.AspNetCore.Http.Results.Ok();
            });
            await receiver.app.StartAsync();
            return receiver;
        }

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }
}
