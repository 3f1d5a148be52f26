using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Feedback.Timeline;
using PluginCrm.Host.Access;
using PluginCrm.Notes;
using PluginCrm.Sdk.Access;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Feedback.Tests.Support;

/// <summary>
/// A real host with the feedback plugin (and the notes and training plugins if asked), on a data folder that outlives a restart, and
/// helpers that set up people, customers and complaints over HTTP.
/// </summary>
public sealed class FeedbackHost : IAsyncDisposable
{
    public const string Complaints = "/api/feedback/complaints";
    private readonly string data = Directory.CreateTempSubdirectory("plugincrm-feedback-").FullName;
    private bool withNotes;
    private bool withTraining;

    public CrmTestHost Host { get; private set; } = null!;
    public HttpClient Admin => Host.Client;
    public ManualClock Clock => Host.Clock;

    public static async Task<FeedbackHost> StartAsync(bool withNotes = false, bool withTraining = false)
    {
        var feedback = new FeedbackHost { withNotes = withNotes, withTraining = withTraining };
        await feedback.RestartAsync(new ManualClock());
        return feedback;
    }

    /// <summary>Stops the host and starts a new one over the same database, with <paramref name="clock"/>.</summary>
    public async Task RestartAsync(ManualClock clock)
    {
        if (Host is not null)
            await Host.DisposeAsync();
        Host = await CrmTestHost.StartAsync(o =>
        {
            o.AddPlugin<FeedbackPlugin>();
            if (withNotes)
                o.AddPlugin<NotesPlugin>();
            if (withTraining)
                o.AddPlugin<Training.TrainingPlugin>();
            o.DataDirectory = data;
            o.Clock = clock;
        });
    }

    /// <summary>A team whose manager and reps are signed in.</summary>
    public async Task<Team> TeamAsync(string name, int reps)
    {
        var manager = await Host.SignedInUserAsync($"{name}.manager@example.test", CrmRole.Manager);
        long teamId;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            teamId = (await scope.ServiceProvider.GetRequiredService<Teams>().AddAsync(new NewTeam(name, null, manager.User.Id), CancellationToken.None)).Id;
            await scope.ServiceProvider.GetRequiredService<UserAccounts>().UpdateAsync(manager.User.Id, new UserChange(null, null, teamId, null, null), CancellationToken.None);
        }
        var people = new List<Person>();
        for (var i = 1; i <= reps; i++)
        {
            var (user, client) = await Host.SignedInUserAsync($"{name}.rep{i}@example.test", CrmRole.Rep, teamId);
            people.Add(new Person(user.Id, user.Email, client));
        }
        return new Team(teamId, new Person(manager.User.Id, manager.User.Email, manager.Client), people);
    }

    /// <summary>Signs a person in again: after a restart (a new port) or past the 12 hours a sign-in lasts.</summary>
    public async Task<Person> SignInAsync(Person person)
    {
        var session = await (await Host.AnonymousClient().Post("/api/auth/sign-in", new { email = person.Email, password = "correct horse battery" })).As<SessionToken>();
        var client = Host.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", session.Token);
        return person with { Client = client };
    }

    public async Task<CustomerRecord> CustomerAsync(string name, long? ownerId = null, long? teamId = null) =>
        await (await Admin.Post("/api/customers", new { name, ownerId, teamId, stage = "customer" })).As<CustomerRecord>();

    /// <summary>Puts a customer in the public pool (or takes it out), as the lead-assignment module does: every user reads it, its owner alone changes it.</summary>
    public async Task ShareAsync(long customerId, bool shared = true)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var sharing = scope.ServiceProvider.GetRequiredService<IRecordSharing>();
        await (shared ? sharing.ShareAsync("feedback", RecordTypes.Customer, customerId, CancellationToken.None)
            : sharing.UnshareAsync("feedback", RecordTypes.Customer, customerId, CancellationToken.None));
    }

    public async Task<ComplaintRecord> ComplaintAsync(HttpClient client, object complaint) =>
        await (await client.Post(Complaints, complaint)).As<ComplaintRecord>();

    public Task<HttpResponseMessage> ActAsync(HttpClient client, long id, string action, object body) =>
        client.Post($"{Complaints}/{id}/{action}", body);

    public async Task<ComplaintDetail> ShowAsync(long id) => await (await Admin.GetAsync($"{Complaints}/{id}")).As<ComplaintDetail>();

    public async Task SaveTemplateAsync(string key, string body) =>
        await (await Admin.PutAsJsonAsync($"/api/templates/{key}", new { kind = "message", body }, Json.Options)).As<object>();

    /// <summary>The two message templates the plugin sends, naming the complaint and the breach.</summary>
    public async Task SaveNoticeTemplatesAsync()
    {
        await SaveTemplateAsync("feedback.complaint-overdue", "Subject: Complaint {{ complaint.id }} is late ({{ breach }})\n\n{{ complaint.subject }}");
        await SaveTemplateAsync("feedback.complaint-assigned", "Subject: Complaint {{ complaint.id }} is yours\n\n{{ complaint.subject }}");
    }

    public async Task<List<string>> InboxSubjectsAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/inbox?pageSize=500")).As<Page<InboxMessage>>()).Items.Select(m => m.Subject).ToList();

    /// <summary>Runs the deadline job over HTTP, as an admin would, then delivers what it queued.</summary>
    public async Task RunDeadlinesAsync()
    {
        await (await Admin.PostAsync("/api/jobs/feedback.complaint-deadlines/run", null)).As<object>();
        await Host.DeliverOutboxAsync();
    }

    public async Task<string?> JobOutcomeAsync(string key) =>
        (await (await Admin.GetAsync("/api/jobs")).As<List<JobView>>()).Single(j => j.Key == key).LastOutcome;

    public string LogText() => string.Join("\n", Directory.GetFiles(Path.Combine(data, "logs")).Select(f =>
    {
        using var reader = new StreamReader(new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd();
    }));

    /// <summary>The plain-text bodies of the e-mails the host dropped (its default delivery), oldest first.</summary>
    public IReadOnlyList<string> Mails() => Directory.Exists(Path.Combine(data, "mail-drop"))
        ? Directory.GetFiles(Path.Combine(data, "mail-drop"), "*.eml").Select(f => (File.GetCreationTimeUtc(f), MimeKit.MimeMessage.Load(f).TextBody ?? ""))
            .OrderBy(m => m.Item1).Select(m => m.Item2).ToList()
        : [];

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(data, recursive: true);
    }

    public sealed record Page<T>(List<T> Items, int Total);

    private sealed record SessionToken(string Token);

    private sealed record JobView(string Key, string? LastOutcome);

    public sealed record InboxMessage(long Id, string Subject, string Body);
}
