using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Templates.Functions;
using PluginCrm.Host.Templates.PluginFunctions;
using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Bench;

/// <summary>
/// A birthday greeting (name, crm_date, crm_money, a zh/en greeting) rendered for 100,000 customers through the host's
/// renderer: with the parse cache (what notifications get: one body, parsed once), and without it (parsed on every
/// render, as if every customer had another body), in interleaved rounds so that machine noise hits both alike. The
/// very first render (JIT, function import, parse) is timed on its own. A third scenario adds a plugin's function
/// (<c>bench.tier spent</c>) rendered as a preview is, each render in a DI scope of its own that the function's class is
/// resolved from; the module switches are given, not read (the host reads them from the database once a scope whose
/// renders touch a plugin's namespace).
/// </summary>
public static class RenderBench
{
    public const string Greeting = """
        Subject: {{ crm_text.greeting customer.name customer.language }}
        {{ crm_text.greeting customer.name customer.language }}
        {{ if customer.language == "zh" }}祝您 {{ crm_date.age customer.birthday }} 岁生日快乐！本月消费 {{ crm_money.format spent "CNY" "zh-CN" }}。{{ else }}Happy birthday: {{ crm_date.age customer.birthday }} today! You spent {{ crm_money.format spent "USD" "en-US" }} this month.{{ end }}
        Member since {{ crm_date.format customer.created_utc "yyyy-MM-dd" }}
        """;

    public const string WithPluginFunction = Greeting + "\nTier: {{ bench.tier spent }}";

    private sealed record ScenarioResult(string Scenario, int Renders, double RendersPerSecond, double MeanMicroseconds, double P95Microseconds);

    public static Task<int> RunAsync(string repoRoot, string configuration, int customers)
    {
        const int rounds = 10;
        var models = Models(customers);
        var first = Stopwatch.StartNew();
        var (renderer, inOwnScope) = NewRenderers(new TemplateParser());
        var sample = renderer.Render(Greeting, models[0], CancellationToken.None);
        first.Stop();
        Console.WriteLine($"Greeting render, {customers:N0} customers in {rounds} interleaved rounds; {ResultsFile.Machine(configuration)}");
        Console.WriteLine($"first render (JIT, function import, parse): {first.Elapsed.TotalMilliseconds:0.0} ms; sample output:\n{sample}\n");

        var cached = new Latencies();
        var uncached = new Latencies();
        var plugin = new Latencies();
        var perRound = customers / rounds;
        var serial = 0;
        for (var round = 0; round < rounds; round++)
        {
            var slice = models.Skip(round * perRound).Take(perRound).ToList();
            Measure(cached, slice, model => renderer.Render(Greeting, model, CancellationToken.None)); // the same body: parsed once, then from the cache
            // A comment that differs each time changes the body's hash, so every render parses; the output is the same.
            Measure(uncached, slice, model => renderer.Render($"{{{{# {++serial} }}}}" + Greeting, model, CancellationToken.None));
            Measure(plugin, slice, model => inOwnScope(WithPluginFunction, model));
        }
        ScenarioResult[] results =
        [
            new("cached parse (one body)", cached.Count, cached.RequestsPerSecond, cached.MeanMs * 1000, cached.P95Ms * 1000),
            new("parse on every render", uncached.Count, uncached.RequestsPerSecond, uncached.MeanMs * 1000, uncached.P95Ms * 1000),
            new("+ plugin fn, own scope", plugin.Count, plugin.RequestsPerSecond, plugin.MeanMs * 1000, plugin.P95Ms * 1000),
        ];
        Console.WriteLine($"{"scenario",-26} {"renders",8} {"renders/s",10} {"mean µs",8} {"p95 µs",8}");
        foreach (var r in results)
            Console.WriteLine($"{r.Scenario,-26} {r.Renders,8:N0} {r.RendersPerSecond,10:N0} {r.MeanMicroseconds,8:0.0} {r.P95Microseconds,8:0.0}");
        Console.WriteLine($"cache effect: {uncached.MeanMs / cached.MeanMs:0.00}x (parse ≈ {(uncached.MeanMs - cached.MeanMs) * 1000:0.0} µs a render)");
        Console.WriteLine(ResultsFile.Write(repoRoot, "render", new { benchmark = "render", machine = ResultsFile.Machine(configuration), firstRenderMs = first.Elapsed.TotalMilliseconds, results }));
        return Task.FromResult(0);
    }

    // As the host builds them: one renderer for a scope that renders many (a job), and one scope and renderer a render.
    private static (TemplateRenderer Renderer, Func<string, Dictionary<string, object?>, string> InOwnScope) NewRenderers(TemplateParser parser)
    {
        var functions = new FunctionGlobals(
            [new PluginTemplateFunctions("bench", "bench", PluginFunctionSignatures.Read(typeof(BenchFunctions), "bench"))], new HostTemplateFunctions(TimeProvider.System));
        var services = new ServiceCollection().AddScoped<BenchFunctions>().BuildServiceProvider();
        IReadOnlySet<string> enabled = new HashSet<string> { "bench" };
        return (new TemplateRenderer(parser, functions, services, () => enabled), (body, model) =>
        {
            using var scope = services.CreateScope();
            return new TemplateRenderer(parser, functions, scope.ServiceProvider, () => enabled).Render(body, model, CancellationToken.None);
        });
    }

    private static void Measure(Latencies latencies, List<Dictionary<string, object?>> models, Action<Dictionary<string, object?>> render)
    {
        var wall = Stopwatch.StartNew();
        foreach (var model in models)
        {
            var one = Stopwatch.StartNew();
            render(model);
            latencies.Add(one.Elapsed);
        }
        latencies.AddWall(wall.Elapsed);
    }

    /// <summary>A plugin's template functions, as a plugin writes them.</summary>
    private sealed class BenchFunctions
    {
        public string Tier(decimal spent) => spent >= 500m ? "gold" : "silver";
    }

    private static List<Dictionary<string, object?>> Models(int count)
    {
        string[] zh = ["王芳", "李雷", "韩梅梅", "张伟", "刘洋"];
        string[] en = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov"];
        var created = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        return Enumerable.Range(1, count).Select(i =>
        {
            var chinese = i % 2 == 0;
            var customer = new CustomerRecord(i, chinese ? zh[i % zh.Length] : en[i % en.Length], CustomerKind.Person, null, $"c{i}@example.com", null,
                new DateOnly(1960 + i % 40, 1 + i % 12, 1 + i % 28), null, null, chinese ? "zh" : "en", null, null, LifecycleStage.Customer, [], true, null,
                created.AddMinutes(i), created.AddMinutes(i), 1);
            return new Dictionary<string, object?> { ["customer"] = customer, ["spent"] = 12.5m + i % 1000 };
        }).ToList();
    }
}
