using System.Net;
using System.Text.Json;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>
/// Guessing passwords gets nowhere: an e-mail is locked after 5 failures (known or not, the same answer), a client
/// address is throttled whatever the e-mail, both with 429 and Retry-After; failures and locks are audited; an admin unlocks.
/// </summary>
public sealed class SignInThrottleTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private CrmTestHost host = null!;

    public async Task InitializeAsync() => host = await CrmTestHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private Task<HttpResponseMessage> SignIn(string email, string password) =>
        host.AnonymousClient().Post("/api/auth/sign-in", new { email, password });

    [Fact]
    public async Task Thirty_wrong_passwords_then_the_right_one_does_not_sign_in()
    {
        await host.SignedInUserAsync("target@example.com", CrmRole.Rep);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
            answers.Add((await SignIn("target@example.com", $"guess {i}")).StatusCode);

        var right = await SignIn("target@example.com", Password);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), answers.Take(5));
        Assert.All(answers.Skip(5), a => Assert.Equal(HttpStatusCode.TooManyRequests, a));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal("application/problem+json", right.Content.Headers.ContentType?.MediaType);
        Assert.InRange(right.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 15 * 60);
        Assert.Contains("too many failed sign-ins", (await right.As<Problem>()).Detail);
    }

    [Fact]
    public async Task The_lock_ends_after_its_time_and_the_right_password_then_signs_in()
    {
        await host.SignedInUserAsync("patient@example.com", CrmRole.Rep);
        for (var i = 0; i < 5; i++)
            await SignIn("patient@example.com", "wrong");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignIn("patient@example.com", Password)).StatusCode);

        host.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, (await SignIn("patient@example.com", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn("patient@example.com", "wrong")).StatusCode); // counting starts again
    }

    [Fact]
    public async Task An_unknown_email_is_locked_with_the_same_answer_as_a_known_one()
    {
        await host.SignedInUserAsync("known@example.com", CrmRole.Rep);
        for (var i = 0; i < 5; i++)
        {
            await SignIn("known@example.com", "wrong");
            await SignIn("nobody@example.com", "wrong");
        }

        var known = await SignIn("known@example.com", "wrong");
        var unknown = await SignIn("nobody@example.com", "wrong");

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (known.StatusCode, unknown.StatusCode));
        Assert.Equal((await known.As<Problem>()).Detail, (await unknown.As<Problem>()).Detail);
    }

    [Fact]
    public async Task An_admin_unlocks_a_user_at_once_and_failures_and_locks_are_audited()
    {
        var (user, _) = await host.SignedInUserAsync("locked.out@example.com", CrmRole.Manager);
        for (var i = 0; i < 5; i++)
            await SignIn("locked.out@example.com", "wrong");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignIn("locked.out@example.com", Password)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await host.Client.PostAsync($"/api/users/{user.Id}/unlock", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await SignIn("locked.out@example.com", Password)).StatusCode);
        var trail = await host.Client.Get<ListPage<AuditRow>>("/api/audit?recordKey=locked.out@example.com&pageSize=50");
        Assert.Equal(5, trail.Items.Count(a => a.Message == "sign-in.failed"));
        Assert.Single(trail.Items, a => a.Message == "sign-in.locked");
        Assert.Single((await host.Client.Get<ListPage<AuditRow>>($"/api/audit?recordType=user&recordId={user.Id}&message=user.unlock")).Items);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.PostAsync("/api/users/9999/unlock", null)).StatusCode);
    }

    [Fact]
    public async Task One_address_trying_many_emails_is_throttled_with_retry_after()
    {
        await using var strict = await CrmTestHost.StartAsync(o => o.Settings["Access:SignInsPerAddressPerMinute"] = "3");
        var anonymous = strict.AnonymousClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
            answers.Add(await anonymous.Post("/api/auth/sign-in", new { email = $"spray{i}@example.com", password = "x" }));

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.NotNull(answers[3].Headers.RetryAfter?.Delta);
        Assert.Contains("too many sign-in attempts from your address", (await answers[3].As<Problem>()).Detail);
    }

    private sealed record AuditRow(string Message, string RecordType, long RecordId, string? RecordKey, JsonElement? After);
}
