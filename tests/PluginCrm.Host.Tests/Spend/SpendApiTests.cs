using System.Net;
using System.Text.Json;
using PluginCrm.Host.Spend;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Tests.Spend;

/// <summary>
/// <c>/api/spend</c>: admins record marketing and sales spend per period and team; every change is audited; bad input is
/// refused naming each field and changes nothing. All spend here is in CNY.
/// </summary>
public sealed class SpendApiTests(BuiltInHost fixture) : IClassFixture<BuiltInHost>
{
    private HttpClient Admin => fixture.Host.Client;

    [Fact]
    public async Task Admins_record_change_and_delete_spend_and_each_change_is_audited()
    {
        var team = await fixture.Host.CreateTeamAsync($"Spenders {Guid.NewGuid():N}"[..20]);
        var created = await Admin.Post("/api/spend", new { from = "2026-03-01", to = "2026-04-01", teamId = team, kind = "marketing", amount = 12500.5m, currency = "cny", note = "spring fair" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var spend = await created.As<SpendView>();
        Assert.Equal($"/api/spend/{spend.Id}", created.Headers.Location?.ToString());
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1), team, SpendKind.Marketing, 12500.5m, "CNY", "spring fair"),
            (spend.From, spend.To, spend.TeamId, spend.Kind, spend.Amount, spend.Currency, spend.Note));

        var changed = await Admin.Put($"/api/spend/{spend.Id}", new { from = "2026-03-01", to = "2026-03-16", kind = "sales", amount = 800m, currency = "CNY" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var view = await changed.As<SpendView>();
        Assert.Equal(((long?)null, SpendKind.Sales, 800m, 2L), (view.TeamId, view.Kind, view.Amount, view.Version));
        Assert.Equal(800m, (await Admin.Get<SpendView>($"/api/spend/{spend.Id}")).Amount);
        Assert.Contains((await Admin.Get<List<SpendView>>("/api/spend?from=2026-03-15&to=2026-03-16")), s => s.Id == spend.Id);

        Assert.Equal(HttpStatusCode.NoContent, (await Admin.DeleteAsync($"/api/spend/{spend.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/api/spend/{spend.Id}")).StatusCode);
        var trail = (await Admin.Get<ListPage<AuditRow>>($"/api/audit?recordType=spend&recordId={spend.Id}")).Items;
        Assert.Equal(["spend.delete", "spend.update", "spend.create"], trail.Select(a => a.Message));
        Assert.Equal(12500.5m, trail[1].Before!.Value.GetProperty("amount").GetDecimal());
        Assert.Equal(800m, trail[1].After!.Value.GetProperty("amount").GetDecimal());
        Assert.Equal(800m, trail[0].Before!.Value.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Bad_spend_is_refused_naming_every_field_and_nothing_is_stored()
    {
        var before = await Admin.GetStringAsync("/api/spend");

        var empty = await (await Admin.Post("/api/spend", new { })).As<Problem>();
        Assert.Equal(["amount", "currency", "from", "kind", "to"], empty.Errors!.Keys.Order());
        var response = await Admin.Post("/api/spend", new { from = "2026-04-01", to = "2026-03-01", teamId = 987_654, kind = "marketing", amount = -5m, currency = "yuan", note = new string('n', 501) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.As<Problem>();
        Assert.Equal(["amount", "currency", "note", "teamId", "to"], problem.Errors!.Keys.Order());
        Assert.Equal(["must be after from (2026-04-01); the spend covers from and excludes to"], problem.Errors["to"]);
        Assert.Equal(["there is no record 987654"], problem.Errors["teamId"]);
        var badKind = await Admin.Post("/api/spend", new { from = "2026-03-01", to = "2026-04-01", kind = "travel", amount = 5m, currency = "CNY" });
        await badKind.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "kind");
        var unknownCurrency = await (await Admin.Post("/api/spend", new { from = "2026-03-01", to = "2026-04-01", kind = "sales", amount = 5m, currency = "XYZ" })).As<Problem>();
        Assert.Equal(["'XYZ' is not a known ISO 4217 currency code such as CNY or USD"], unknownCurrency.Errors!["currency"]);
        await (await Admin.GetAsync("/api/spend?from=March")).AssertFieldProblemAsync(HttpStatusCode.BadRequest, "from");

        Assert.Equal(before, await Admin.GetStringAsync("/api/spend"));
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.Put("/api/spend/987654", new { from = "2026-03-01", to = "2026-04-01", kind = "sales", amount = 1m, currency = "CNY" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.DeleteAsync("/api/spend/987654")).StatusCode);
    }

    [Fact]
    public async Task All_spend_is_in_the_currency_recorded_first()
    {
        var first = await Admin.Post("/api/spend", new { from = "2025-01-01", to = "2025-02-01", kind = "sales", amount = 1m, currency = "CNY" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        var other = await (await Admin.Post("/api/spend", new { from = "2025-01-01", to = "2025-02-01", kind = "sales", amount = 1m, currency = "USD" })).As<Problem>();

        Assert.Equal(["must be CNY, the currency of the spend already recorded: acquisition cost adds all spend up"], other.Errors!["currency"]);
        Assert.Equal(HttpStatusCode.NoContent, (await Admin.DeleteAsync($"/api/spend/{(await first.As<SpendView>()).Id}")).StatusCode);
    }

    [Fact]
    public async Task Only_admins_read_or_record_spend()
    {
        var (_, manager) = await fixture.Host.ActAsAsync(CrmRole.Manager);
        var (_, rep) = await fixture.Host.ActAsAsync(CrmRole.Rep);

        foreach (var caller in new[] { manager, rep })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync("/api/spend")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.Post("/api/spend", new { from = "2025-01-01", to = "2025-02-01", kind = "sales", amount = 1m, currency = "CNY" })).StatusCode);
        }
    }

    private sealed record AuditRow(string Message, JsonElement? Before, JsonElement? After);
}
