using System.Net.Http.Json;
using PluginCrm.Sdk.Testing.Access;

namespace PluginCrm.Host.Tests.Access;

/// <summary>
/// Surveys in the matrix: admins define, publish and close them; anyone signed in reads them (they hold nobody's
/// records); inviting a customer and entering its answers need the customer, so the owner's side only. The public answer
/// by token needs no account: the token is its credential (the survey tests try every bad one).
/// </summary>
public static class SurveyMatrixRows
{
    private const string Surveys = "/api/feedback/surveys";

    public static async Task AddAsync(AccessMatrix m)
    {
        var owners = Expect.Record(Expect.OwnersSide);
        var admin = Expect.Role(Actor.Admin);
        var published = await SurveyAsync(m, publish: true);

        m.Row($"POST {Surveys}", admin, _ => Task.FromResult(MatrixRequest.Post(Surveys, Definition(Key()))));
        m.Row($"GET {Surveys}", Expect.SignedIn(), MatrixRequest.Get(Surveys));
        m.Row($"GET {Surveys}/{{key}}", Expect.SignedIn(), MatrixRequest.Get($"{Surveys}/{published}"));
        m.Row($"PUT {Surveys}/{{key}}", admin, async _ =>
        {
            var key = await SurveyAsync(m, publish: false);
            return MatrixRequest.Put($"{Surveys}/{key}", Definition(key), witness: $"{Surveys}/{key}");
        });
        m.Row($"POST {Surveys}/{{key}}/publish", admin, async _ =>
        {
            var key = await SurveyAsync(m, publish: false);
            return MatrixRequest.Post($"{Surveys}/{key}/publish", witness: $"{Surveys}/{key}");
        });
        m.Row($"POST {Surveys}/{{key}}/close", admin, async _ =>
        {
            var key = await SurveyAsync(m, publish: true);
            return MatrixRequest.Post($"{Surveys}/{key}/close", witness: $"{Surveys}/{key}");
        });
        // A fresh customer of the owner's per call: one customer is asked once per quiet period.
        m.Row($"POST {Surveys}/{{key}}/invitations", owners, async _ =>
            MatrixRequest.Post($"{Surveys}/{published}/invitations", new { customerId = await CustomerAsync(m) }, witness: $"{Surveys}/{published}"));
        // Counts only: how many of the caller's customers matched and were asked (the survey tests check who is asked).
        m.Row($"POST {Surveys}/{{key}}/invitations/segment", Expect.SignedIn(),
            MatrixRequest.Post($"{Surveys}/{published}/invitations/segment", new { filters = new { tag = "matrix-segment" } }));
        m.Row($"GET {Surveys}/{{key}}/waves", Expect.SignedIn(), MatrixRequest.Get($"{Surveys}/{published}/waves"));
        m.Row($"POST {Surveys}/{{key}}/answers", owners, async _ =>
            MatrixRequest.Post($"{Surveys}/{published}/answers", new { customerId = await CustomerAsync(m), channel = "phone", answers = new { nps = 9 } },
                witness: $"{Surveys}/{published}"));
        m.Open("GET /api/feedback/answer/{token}").Open("POST /api/feedback/answer/{token}");
        // Suggestions, reviews and comments are about a customer: written and read by whoever reads it.
        var secretCustomer = await CustomerAsync(m);
        m.Row("POST /api/feedback/entries", owners, _ => Task.FromResult(MatrixRequest.Post("/api/feedback/entries",
            new { customerId = secretCustomer, kind = "suggestion", text = $"{m.Secret} gift wrapping" })));
        await m.CreateAsync(m.Owner, "/api/feedback/entries", new { customerId = secretCustomer, kind = "comment", text = $"{m.Secret} noted" });
        m.Row("GET /api/feedback/entries", Expect.List(Expect.OwnersSide), MatrixRequest.Get("/api/feedback/entries?pageSize=500"));
        m.Row("GET /api/feedback/categories", Expect.SignedIn(), MatrixRequest.Get("/api/feedback/categories"));
        // Figures only; the survey tests check who counts what.
        m.Row("GET /api/feedback/scores", Expect.SignedIn(), MatrixRequest.Get("/api/feedback/scores"));
    }

    private static string Key() => $"matrix-{Guid.NewGuid():N}"[..20];

    private static object Definition(string key) => new
    {
        key, title = "After your order", pages = new[] { new { questions = new[] { new { key = "nps", type = "nps", text = "Would you recommend us?" } } } },
    };

    private static async Task<string> SurveyAsync(AccessMatrix m, bool publish)
    {
        var key = Key();
        (await m.Admin.PostAsJsonAsync(Surveys, Definition(key))).EnsureSuccessStatusCode();
        if (publish)
            (await m.Admin.PostAsync($"{Surveys}/{key}/publish", null)).EnsureSuccessStatusCode();
        return key;
    }

    private static Task<long> CustomerAsync(AccessMatrix m) =>
        m.CreateAsync(m.Owner, "/api/customers", new { name = $"{m.Secret} invitee", consentToContact = true });
}
