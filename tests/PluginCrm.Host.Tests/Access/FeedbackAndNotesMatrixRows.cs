using System.Text.Json.Nodes;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing.Access;

namespace PluginCrm.Host.Tests.Access;

/// <summary>
/// Notes and complaints in the matrix: both are plugin records the host judges through their registered types. A note
/// is read with its subject and deleted by its author's side; a complaint is read with its customer and handled by its
/// owner's side.
/// </summary>
public static class FeedbackAndNotesMatrixRows
{
    private const string Complaints = "/api/feedback/complaints";

    public static async Task AddNotesAsync(AccessMatrix m, long customer)
    {
        var owners = Expect.Record(Expect.OwnersSide);
        Task<long> NoteAsync() => m.CreateAsync(m.Owner, "/api/notes", new { subject = $"customer:{customer}", text = $"{m.Secret} note" });
        var note = await NoteAsync();
        m.Row("POST /api/notes", owners, _ => Task.FromResult(MatrixRequest.Post("/api/notes", new { subject = $"customer:{customer}", text = "called back" })));
        m.Row("GET /api/notes", owners, MatrixRequest.Get($"/api/notes?subject=customer:{customer}"));
        m.Row("GET /api/notes/{id:long}", owners, MatrixRequest.Get($"/api/notes/{note}"));
        m.Row("DELETE /api/notes/{id:long}", owners, async _ =>
        {
            var fresh = await NoteAsync();
            return MatrixRequest.Delete($"/api/notes/{fresh}", witness: $"/api/notes/{fresh}");
        });
    }

    public static async Task AddComplaintsAsync(AccessMatrix m, long customer)
    {
        var owners = Expect.Record(Expect.OwnersSide);
        var complaint = await ComplaintAsync(m, customer);
        m.Row($"POST {Complaints}", owners, MatrixRequest.Post(Complaints, Complaint(m, customer)));
        m.Row($"GET {Complaints}", Expect.List(Expect.OwnersSide), MatrixRequest.Get($"{Complaints}?pageSize=500"));
        // Counts and ages only; the feedback tests check them per role.
        m.Row($"GET {Complaints}/stats", Expect.SignedIn(), MatrixRequest.Get($"{Complaints}/stats"));
        m.Row($"GET {Complaints}/{{id:long}}", owners, MatrixRequest.Get($"{Complaints}/{complaint}"));
        // The console's screens about one record (feedback's complaint, declared as data) show what its endpoint shows.
        m.Row("GET /m/{Plugin}/{Screen}/{Id}", owners, MatrixRequest.Get($"/m/feedback/complaint/{complaint}"));
        m.Row("POST /m/{Plugin}/{Screen}/{Id}", Expect.Record(), MatrixRequest.Post($"/m/feedback/respond/{complaint}"));
        // A rep who owns a complaint does not hand it on: its manager or an admin does.
        Action(m, customer, "assign", Expect.Record(Actor.OwnerManager, Actor.Admin), null, version => new { ownerId = m.UserIds[Actor.Teammate], version });
        Action(m, customer, "respond", owners, null, version => new { text = "We are on it", version });
        Action(m, customer, "note", owners, null, _ => new { text = "Called the customer" });
        Action(m, customer, "resolve", owners, null, version => new { resolution = "Refunded", version });
        Action(m, customer, "close", owners, "resolve", version => new { version });
        Action(m, customer, "reopen", owners, "resolve", version => new { reason = "It broke again", version });
    }

    private static object Complaint(AccessMatrix m, long customer) =>
        new { customerId = customer, subject = $"{m.Secret} complaint", description = "The tea arrived cold", ownerId = m.UserIds[Actor.Owner] };

    private static Task<long> ComplaintAsync(AccessMatrix m, long customer) => m.CreateAsync(m.Owner, Complaints, Complaint(m, customer));

    // Each call acts on a fresh complaint of the owner's, first brought to where the action applies.
    private static void Action(AccessMatrix m, long customer, string kind, Expect expect, string? before, Func<long, object> body) =>
        m.Row($"POST {Complaints}/{{id:long}}/{kind}", expect, async _ =>
        {
            var id = await ComplaintAsync(m, customer);
            if (before is not null)
                (await m.Owner.Post($"{Complaints}/{id}/{before}", new { resolution = "Refunded", version = await VersionAsync(m, id) })).EnsureSuccessStatusCode();
            return MatrixRequest.Post($"{Complaints}/{id}/{kind}", body(await VersionAsync(m, id)), witness: $"{Complaints}/{id}");
        });

    private static async Task<long> VersionAsync(AccessMatrix m, long id) => (long)(await m.ReadAsync<JsonObject>($"{Complaints}/{id}"))["complaint"]!["version"]!;
}
