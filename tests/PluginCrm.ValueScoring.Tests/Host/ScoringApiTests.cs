using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Testing;
using PluginCrm.ValueScoring.Contracts;
using PluginCrm.ValueScoring.Tests.Support;

namespace PluginCrm.ValueScoring.Tests.Host;

/// <summary>The plugin in a real host on a few customers made over HTTP: order updates, filters, runs, settings, job, switch (who reads what: <see cref="ScoringAccessTests"/>).</summary>
public sealed class ScoringApiTests : IAsyncLifetime
{
    private CrmTestHost host = null!;
    private long steady, faded, once;

    public async Task InitializeAsync()
    {
        host = await ScoringHost.StartAsync();
        // steady: monthly all year, 100 each. faded: Jan, Feb, Mar 2025 then silent. once: one purchase in June.
        steady = await SmallCrm.CustomerAsync(host, "Steady Buyer");
        for (var month = 1; month <= 12; month++)
            await SmallCrm.OrderAsync(host, steady, $"2025-{month:00}-15", 100);
        faded = await SmallCrm.CustomerAsync(host, "Faded Buyer");
        foreach (var date in new[] { "2025-01-01", "2025-02-01", "2025-03-01" })
            await SmallCrm.OrderAsync(host, faded, date, 80);
        once = await SmallCrm.CustomerAsync(host, "One-time Buyer");
        await SmallCrm.OrderAsync(host, once, "2025-06-10", 30);
        await host.DeliverOutboxAsync(); // no run yet: the order steps have nothing to update
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private Task<JsonElement> Score(long customer, long? run = null) =>
        SmallCrm.GetAsync(host, $"/api/value-scoring/scores/{customer}{(run is null ? "" : $"?runId={run}")}");

    private static JsonElement Signal(JsonElement explanation, string name) =>
        explanation.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "churnWarning")
            .GetProperty("inputs").GetProperty("signals").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);

    private static JsonElement Abc(JsonElement explanation) =>
        explanation.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "abc");

    private static JsonElement Rfm(JsonElement explanation) =>
        explanation.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "rfm");

    [Fact]
    public async Task A_new_order_updates_the_customers_rfm_and_warning_without_a_full_run()
    {
        var run = await SmallCrm.RunAsync(host, "2025-12-31");
        var before = await Score(faded);
        // faded: gaps of 31 and 28 days (mean 29.5); 305 days silent on 2025-12-31 > 2 x 29.5.
        Assert.True(Signal(before, "silence").GetProperty("fired").GetBoolean());
        Assert.Equal(305, Rfm(before).GetProperty("inputs").GetProperty("recencyDays").GetInt32());

        var order = await SmallCrm.OrderAsync(host, faded, "2026-01-02", 100);
        await host.DeliverOutboxAsync();

        var after = await Score(faded);
        Assert.Equal(order, after.GetProperty("updatedByOrderId").GetInt64());
        Assert.Equal("2026-01-02", after.GetProperty("asOf").GetString());
        Assert.Equal((0, 4), (Rfm(after).GetProperty("inputs").GetProperty("recencyDays").GetInt32(), Rfm(after).GetProperty("inputs").GetProperty("frequency").GetInt32()));
        Assert.False(Signal(after, "silence").GetProperty("fired").GetBoolean());
        // Still one run: the update changed the latest run's row only.
        Assert.Equal([run], (await SmallCrm.GetAsync(host, "/api/value-scoring/runs")).EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task A_new_order_classes_the_customer_by_the_runs_abc_cut_offs_not_by_ranking_everyone_again()
    {
        // As of 2025-12-31: steady 1,200, faded 240, once 30 (total 1,470): A from 1,200, B from 240 (81.6% ranked above).
        await SmallCrm.RunAsync(host, "2025-12-31");
        Assert.Equal("C", Abc(await Score(once)).GetProperty("value").GetString());

        // 1,030 ranked again would be A (1,200 of 2,500 above it, 48%); against the run's cut-offs it is B, placed where faded was.
        await SmallCrm.OrderAsync(host, once, "2026-01-02", 1000);
        await host.DeliverOutboxAsync();
        var after = await Score(once);

        var abc = Abc(after);
        Assert.Equal(("B", 1030m), (abc.GetProperty("value").GetString(), abc.GetProperty("inputs").GetProperty("value").GetDecimal()));
    }

    [Fact]
    public async Task Switched_back_on_it_rescores_the_customers_who_ordered_while_it_was_off()
    {
        await SmallCrm.RunAsync(host, "2025-12-31");
        (await host.Client.PostAsync("/api/plugins/value-scoring/disable", null)).EnsureSuccessStatusCode();
        var order = await SmallCrm.OrderAsync(host, faded, "2026-01-05", 100); // the host's clock says 2026-01-05
        await host.DeliverOutboxAsync(); // the module is off: its order step did not take part
        host.Clock.Advance(TimeSpan.FromDays(1));

        (await host.Client.PostAsync("/api/plugins/value-scoring/enable", null)).EnsureSuccessStatusCode();

        var after = await Score(faded);
        Assert.Equal(order, after.GetProperty("updatedByOrderId").GetInt64());
        Assert.Equal("2026-01-05", after.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Null, (await Score(steady)).GetProperty("updatedByOrderId").ValueKind);
    }

    [Fact]
    public async Task Scores_filter_by_segment_class_and_warning_and_say_which_signal_fired()
    {
        await SmallCrm.RunAsync(host, "2025-12-31");

        var warned = await SmallCrm.GetAsync(host, "/api/value-scoring/scores?warning=silence");
        Assert.Equal([faded], warned.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("customerId").GetInt64()));
        // Its spend also fell: 0 in the 180 days to 2025-12-31 against 160 (Feb, Mar) in the 180 days before.
        Assert.Equal(["silence", "falling-spend"], warned.GetProperty("items")[0].GetProperty("firedSignals").EnumerateArray().Select(s => s.GetString()));
        // Net spend 1200, 240, 30 of 1470: steady A (0% above), faded B (81.6% above), once C (97.9% above).
        foreach (var (cls, customer) in new[] { ("A", steady), ("B", faded), ("C", once) })
            Assert.Equal([customer], (await SmallCrm.GetAsync(host, $"/api/value-scoring/scores?class={cls}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("customerId").GetInt64()));
        // 3 customers: R (days 16, 305, 204) -> steady 1+2*5/3 = 4, faded 1, once 1+5/3 = 2; F (12, 3, 1) -> 4, 2, 1.
        var champions = await SmallCrm.GetAsync(host, "/api/value-scoring/scores?segment=champions");
        Assert.Equal([steady], champions.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("customerId").GetInt64()));
        var pageTwo = await SmallCrm.GetAsync(host, "/api/value-scoring/scores?pageSize=2&page=2");
        Assert.Equal((3, 1), (pageTwo.GetProperty("total").GetInt32(), pageTwo.GetProperty("items").GetArrayLength()));

        var bad = await host.Client.GetAsync("/api/value-scoring/scores?class=D&warning=maybe&pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["class", "pageSize", "warning"], errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task The_kpi_screen_gets_segment_class_and_clv_distributions()
    {
        var run = await SmallCrm.RunAsync(host, "2025-12-31");
        var kpis = await SmallCrm.GetAsync(host, "/api/value-scoring/kpis");

        Assert.Equal(run, kpis.GetProperty("runId").GetInt64());
        Assert.Equal(3, kpis.GetProperty("segments").EnumerateArray().Sum(s => s.GetProperty("customers").GetInt32()));
        Assert.Equal(["A", "B", "C"], kpis.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        // Three customers cannot support BG/NBD: the spread is of the simple CLV.
        // steady 1200/12 x 12/yr x 3 = 3600; faded 80 x 3/yr x 3 = 720; once 30 x 1 x 3 = 90.
        var clv = kpis.GetProperty("clv");
        Assert.Equal("simpleClv", clv.GetProperty("measure").GetString());
        Assert.Equal(4410m, clv.GetProperty("total").GetDecimal());
        Assert.Equal(720m, clv.GetProperty("median").GetDecimal());
    }

    [Fact]
    public async Task Bad_input_gets_problem_details_and_starts_no_run()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/value-scoring/scores")).StatusCode);
        var bad = await host.Client.PostAsJsonAsync("/api/value-scoring/runs", new { asOf = "31.12.2025" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("asOf", JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));

        Assert.Empty((await SmallCrm.GetAsync(host, "/api/value-scoring/runs")).EnumerateArray());
    }

    [Fact]
    public async Task Earlier_runs_stay_readable_with_the_parameters_they_used()
    {
        var first = await SmallCrm.RunAsync(host, "2025-12-31");
        (await host.Client.PutAsJsonAsync("/api/plugins/value-scoring/settings", new { abcThresholdA = 90, abcThresholdB = 99 })).EnsureSuccessStatusCode();
        var second = await SmallCrm.RunAsync(host, "2025-12-31");

        // faded has 81.6% above it: B at 80, A at 90.
        Assert.Equal("B", (await Score(faded, first)).GetProperty("scores")[1].GetProperty("value").GetString());
        Assert.Equal("A", (await Score(faded, second)).GetProperty("scores")[1].GetProperty("value").GetString());
        var firstRun = await SmallCrm.GetAsync(host, $"/api/value-scoring/runs/{first}");
        Assert.Equal(80m, firstRun.GetProperty("parameters").GetProperty("settings").GetProperty("abcThresholdA").GetDecimal());
        Assert.Equal("2025-12-31", firstRun.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task A_segment_mapping_that_leaves_scores_without_a_segment_is_refused()
    {
        var response = await host.Client.PutAsJsonAsync("/api/plugins/value-scoring/settings", new { segments = new[] { new { name = "top", rMin = 4 } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("no line covers R1 F1 M1", errors.EnumerateObject().Single(e => e.Name.Equals("segments", StringComparison.OrdinalIgnoreCase)).Value[0].GetString());
    }

    [Fact]
    public async Task The_nightly_job_scores_once_in_its_hour()
    {
        (await host.Client.PutAsJsonAsync("/api/plugins/value-scoring/settings", new { nightlyHourUtc = 10 })).EnsureSuccessStatusCode();

        host.Clock.Advance(TimeSpan.FromHours(1)); // 10:00
        Assert.Contains("value-scoring.nightly-rescore", await host.RunDueJobsAsync());
        host.Clock.Advance(TimeSpan.FromHours(1)); // 11:00: outside the hour
        await host.RunDueJobsAsync();

        var runs = (await SmallCrm.GetAsync(host, "/api/value-scoring/runs")).EnumerateArray().ToList();
        Assert.Equal([("nightly", "2026-01-05", 3)], runs.Select(r => (r.GetProperty("trigger").GetString(), r.GetProperty("asOf").GetString(), r.GetProperty("customers").GetInt32())));
    }

    [Fact]
    public async Task Other_plugins_read_the_latest_values_only_while_the_module_is_on()
    {
        await SmallCrm.RunAsync(host, "2025-12-31");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var value = await scope.ServiceProvider.GetRequiredService<ICustomerValues>().GetAsync(steady, CancellationToken.None);
            Assert.Equal(new CustomerValue(steady, new DateOnly(2025, 12, 31), "A", "champions", 3600m, false), value);
        }

        (await host.Client.PostAsync("/api/plugins/value-scoring/disable", null)).EnsureSuccessStatusCode();

        await using (var scope = host.Services.CreateAsyncScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<ICustomerValues>().GetAsync(steady, CancellationToken.None));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/value-scoring/runs")).StatusCode);
    }
}
