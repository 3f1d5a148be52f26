using System.Text.Json.Nodes;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing.Access;

namespace PluginCrm.Host.Tests.Access;

/// <summary>Value scoring in the matrix: a customer's score is seen by whoever sees the customer; runs by managers; runs started by admins.</summary>
public static class ValueScoringMatrixRows
{
    /// <summary>Adds the rows; <paramref name="acquisitionPeriod"/> holds new customers of the owner's only, counted as <paramref name="newCustomers"/>.</summary>
    public static async Task AddAsync(AccessMatrix m, long customer, string acquisitionPeriod, string newCustomers)
    {
        var run = await (await m.Admin.Post("/api/value-scoring/runs", new { asOf = "2026-06-01" })).As<JsonObject>();
        var scored = $"\"customerId\":{customer},";
        m.Row("POST /api/value-scoring/runs", Expect.Role(Actor.Admin), MatrixRequest.Post("/api/value-scoring/runs", new { asOf = "2026-06-01" }));
        m.Row("GET /api/value-scoring/runs", Expect.Role(Expect.Managers), MatrixRequest.Get("/api/value-scoring/runs"));
        m.Row("GET /api/value-scoring/runs/{id:long}", Expect.Role(Expect.Managers), MatrixRequest.Get($"/api/value-scoring/runs/{run["id"]}"));
        m.Row("GET /api/value-scoring/scores", Expect.List(Expect.OwnersSide).Showing(scored), MatrixRequest.Get("/api/value-scoring/scores?pageSize=500"));
        m.Row("GET /api/value-scoring/scores/{customerId:long}", Expect.Record(Expect.OwnersSide), MatrixRequest.Get($"/api/value-scoring/scores/{customer}"));
        // KPIs aggregate over what the caller reads; ScoringAccessTests checks the figures per role.
        m.Row("GET /api/value-scoring/kpis", Expect.SignedIn(), MatrixRequest.Get("/api/value-scoring/kpis"));
        m.Row("GET /api/value-scoring/kpis/acquisition", Expect.List(Expect.OwnersSide).Showing(newCustomers), MatrixRequest.Get($"/api/value-scoring/kpis/acquisition?{acquisitionPeriod}"));
    }
}
