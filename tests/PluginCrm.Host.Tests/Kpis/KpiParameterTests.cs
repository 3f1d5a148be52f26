using System.Net;
using System.Text.Json;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Kpis;

/// <summary>Bad parameters are RFC 9457 problems naming each bad field; the JSON is camelCase with stage names.</summary>
[Collection(KpiCollection.Name)]
public sealed class KpiParameterTests(KpiData data)
{
    [Theory]
    [InlineData("/api/kpis/funnel")]
    [InlineData("/api/kpis/sales")]
    [InlineData("/api/kpis/orders")]
    [InlineData("/api/kpis/retention")]
    [InlineData("/api/kpis/conversion")]
    [InlineData("/api/kpis/acquisition")]
    public async Task Every_bad_parameter_is_named(string path)
    {
        var response = await data.Admin.GetAsync($"{path}?from=2026-13-01&to=soon&by=year&teamId=east&ownerId=-1&sort=revenue");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.As<Problem>();
        Assert.Equal(["by", "from", "ownerId", "sort", "teamId", "to"], problem.Errors!.Keys.Order());
        Assert.Equal(["'2026-13-01' is not a date such as 2026-01-31"], problem.Errors["from"]);
        Assert.Equal(["'year' is not one of: month, week, day"], problem.Errors["by"]);
    }

    [Fact]
    public async Task The_period_must_end_after_it_starts()
    {
        var problem = await (await data.Admin.GetAsync("/api/kpis/sales?from=2026-04-01&to=2026-04-01")).As<Problem>();

        Assert.Equal(["must be after from (2026-04-01); the period includes from and excludes to"], problem.Errors!["to"]);
    }

    [Fact]
    public async Task Too_many_buckets_is_refused_naming_by()
    {
        var response = await data.Admin.GetAsync("/api/kpis/orders?from=2000-01-01&to=2026-01-01&by=day");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("by", (await response.As<Problem>()).Errors!.Keys);
    }

    [Fact]
    public async Task Reports_are_camel_case_json_with_stage_and_bucket_names()
    {
        using var json = JsonDocument.Parse(await data.Admin.GetStringAsync("/api/kpis/funnel?from=2026-01-01&to=2026-04-01&by=month"));
        var root = json.RootElement;

        Assert.Equal(["from", "to", "by", "total", "byRep", "byTeam", "series"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("month", root.GetProperty("by").GetString());
        Assert.Equal("2026-01-01", root.GetProperty("series")[0].GetProperty("from").GetString());
        var lead = root.GetProperty("total").GetProperty("stages")[0];
        Assert.Equal(["stage", "current", "reached", "conversion"], lead.EnumerateObject().Select(p => p.Name));
        Assert.Equal("lead", lead.GetProperty("stage").GetString());
    }
}
