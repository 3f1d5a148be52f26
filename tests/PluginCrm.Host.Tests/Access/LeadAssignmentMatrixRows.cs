using System.Text.Json.Nodes;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing.Access;

namespace PluginCrm.Host.Tests.Access;

/// <summary>
/// Lead assignment in the matrix: rules and the duplicate index for admins; rep settings, transfers, dry runs and
/// assignment on demand for managers within their team; decisions and duplicate matches only as far as the caller
/// reads the record; the pool for everyone.
/// </summary>
public static class LeadAssignmentMatrixRows
{
    private const string Api = "/api/lead-assignment";

    public static async Task AddAsync(AccessMatrix m, long customer, long lead)
    {
        var owner = m.UserIds[Actor.Owner];
        var admins = Expect.Role(Actor.Admin);
        var teamSide = Expect.Record(Actor.OwnerManager, Actor.Admin);

        m.Row($"GET {Api}/rules", Expect.SignedIn(), MatrixRequest.Get($"{Api}/rules"));
        m.Row($"POST {Api}/rules", admins, _ => Task.FromResult(MatrixRequest.Post($"{Api}/rules", Rule(owner))));
        m.Row($"PUT {Api}/rules/{{id:long}}", admins, async _ =>
        {
            var rule = await m.CreateAsync(m.Admin, $"{Api}/rules", Rule(owner));
            return MatrixRequest.Put($"{Api}/rules/{rule}", Rule(owner), witness: $"{Api}/rules");
        });
        m.Row($"DELETE {Api}/rules/{{id:long}}", admins, async _ =>
            MatrixRequest.Delete($"{Api}/rules/{await m.CreateAsync(m.Admin, $"{Api}/rules", Rule(owner))}", witness: $"{Api}/rules"));
        m.Row($"POST {Api}/rules/dry-run", teamSide, MatrixRequest.Post($"{Api}/rules/dry-run", new { leadIds = new[] { lead } }));
        m.Row($"POST {Api}/assign", teamSide, async _ =>
        {
            var fresh = await m.CreateAsync(m.Owner, "/api/leads", new { name = $"{m.Secret} lead to assign" });
            return MatrixRequest.Post($"{Api}/assign", new { recordType = "lead", ids = new[] { fresh } }, witness: $"/api/leads/{fresh}");
        });

        m.Row($"GET {Api}/reps", Expect.List(Actor.Owner, Actor.OwnerManager, Actor.Admin).Showing($"\"userId\":{owner},"), MatrixRequest.Get($"{Api}/reps"));
        m.Row($"PUT {Api}/reps/{{userId:long}}", teamSide, MatrixRequest.Put($"{Api}/reps/{owner}", new { weight = 2, cap = 50 }, witness: $"{Api}/reps"));

        m.Row($"GET {Api}/pool", Expect.SignedIn(), MatrixRequest.Get($"{Api}/pool"));
        m.Row($"GET {Api}/queue", Expect.Role(Expect.Managers), MatrixRequest.Get($"{Api}/queue"));
        // A pool customer is everyone's to claim; a fresh one each time, lost by someone who is not in the matrix.
        var leaver = await m.CreateAsync(m.Admin, "/api/users", new { email = $"{Guid.NewGuid():N}@matrix.example", name = "Leaver", role = "rep", teamId = m.TeamB });
        m.Row($"POST {Api}/pool/{{kind}}/{{id:long}}/claim", Expect.SignedIn(), async _ =>
        {
            var pooled = await m.CreateAsync(m.Admin, "/api/customers", new { name = $"Pooled {Guid.NewGuid():N}", ownerId = leaver });
            (await m.Admin.Post($"{Api}/transfers", new { recordType = "customer", recordId = pooled, toOwnerId = (long?)null, reason = "to the pool" })).EnsureSuccessStatusCode();
            return MatrixRequest.Post($"{Api}/pool/customers/{pooled}/claim");
        });
        m.Row($"POST {Api}/transfers", teamSide, async _ =>
        {
            var fresh = await m.CreateAsync(m.Owner, "/api/customers", new { name = $"{m.Secret} to transfer" });
            var body = new { recordType = "customer", recordId = fresh, toOwnerId = m.UserIds[Actor.Teammate], reason = "covering a holiday" };
            return MatrixRequest.Post($"{Api}/transfers", body, witness: $"/api/customers/{fresh}");
        });

        // A customer the teammate lost to the owner: its decision is read in full by the owner's side, and by the
        // teammate only as "it went" (it lost it), by nobody else.
        var moved = await m.CreateAsync(m.Admin, "/api/customers", new { name = $"{m.Secret} moved", ownerId = m.UserIds[Actor.Teammate] });
        (await m.Admin.Post($"{Api}/transfers", new { recordType = "customer", recordId = moved, toOwnerId = owner, reason = "rebalancing" })).EnsureSuccessStatusCode();
        m.Row($"GET {Api}/audit", Expect.List(Actor.Owner, Actor.Teammate, Actor.OwnerManager, Actor.Admin).Showing($"\"recordId\":{moved},"), MatrixRequest.Get($"{Api}/audit?recordType=customer"));

        var email = (string)(await m.ReadAsync<JsonObject>($"/api/customers/{customer}"))["email"]!;
        m.Row($"GET {Api}/duplicates", Expect.List(Expect.OwnersSide).Showing($"\"recordId\":{customer}"), MatrixRequest.Get($"{Api}/duplicates?email={Uri.EscapeDataString(email)}"));
        m.Row($"POST {Api}/duplicates/reindex", admins, MatrixRequest.Post($"{Api}/duplicates/reindex"));
    }

    // Disabled, so that it routes none of the matrix's own leads.
    private static object Rule(long repId) => new { name = $"Rule {Guid.NewGuid():N}", enabled = false, regions = "nowhere", repId, strategy = "round-robin" };
}
