using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PluginCrm.Console.Tests.Kpis;

/// <summary>The managers' KPI screen in the browser: charts drawn by ECharts (the modules' widgets too, training completion among them), a new period swapped in by htmx, axe, and no animation for someone who asked for less motion.</summary>
public sealed class KpiScreenTests(DemoConsole demo, Chromium chromium) : ConsoleTest(demo, chromium)
{
    [Fact]
    public async Task A_manager_opens_the_kpis_changes_the_period_and_sees_the_charts_drawn()
    {
        var today = DateOnly.FromDateTime(Demo.Host.Clock.GetUtcNow().UtcDateTime);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-3).ToString("yyyy-MM-dd");
        await SignInAsync(DemoStaff.Manager);

        await Page.GetByRole(AriaRole.Link, new() { Name = "KPIs" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("KPIs");
        await Expect(Page.Locator(".chart canvas").First).ToBeVisibleAsync();
        // The modules' widgets (value scoring's CLV deciles, feedback's open complaints by age) drawn like the host's charts.
        await Expect(Page.Locator("[aria-labelledby='widget-value-scoring-clv'] .chart canvas")).ToBeVisibleAsync();
        await Expect(Page.Locator("[aria-labelledby='widget-feedback-open-by-age'] .chart canvas")).ToBeVisibleAsync();
        await StepAsync("kpis");
        await Page.GetByLabel("From", new() { Exact = true }).FillAsync(from);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        // htmx swapped the figures in and kept the query in the address; every chart of the new figures is drawn again.
        await Expect(Page).ToHaveURLAsync(new Regex($"from={from}"));
        await Expect(Page.GetByLabel("From", new() { Exact = true })).ToHaveValueAsync(from);
        var charts = Page.Locator(".chart");
        await Expect(charts.First.Locator("canvas")).ToBeVisibleAsync();
        Assert.Equal(await charts.CountAsync(), await Page.Locator(".chart canvas").CountAsync());
        Assert.Equal(4, await Page.Locator("#kpi-orders-series tbody tr").CountAsync());
        // Training's completion for the period, and its churn of trained against untrained customers (which needs the start),
        // its figures shown even when every rate is 0 (no churn is news, not nothing).
        await Expect(Page.Locator("[aria-labelledby='widget-training-completion']")).ToContainTextAsync("%");
        await Expect(Page.Locator("[aria-labelledby='widget-training-trained-churn'] table")).ToContainTextAsync("Untrained");
        await StepAsync("period-changed");
        await Page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task Charts_are_drawn_at_once_for_someone_who_asked_for_less_motion_and_animated_otherwise()
    {
        const string animated = "() => echarts.getInstanceByDom(document.querySelector('.chart')).getOption().animation !== false";
        await SignInAsync(DemoStaff.Manager);

        await Page.GotoAsync("/kpis");
        await Expect(Page.Locator(".chart canvas").First).ToBeVisibleAsync();
        var stillWhenAsked = !await Page.EvaluateAsync<bool>(animated);
        await Page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.NoPreference });
        await Page.ReloadAsync();
        await Expect(Page.Locator(".chart canvas").First).ToBeVisibleAsync();

        Assert.True(stillWhenAsked);
        Assert.True(await Page.EvaluateAsync<bool>(animated));
    }
}
