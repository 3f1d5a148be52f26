using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Training.Tests.Support;

/// <summary>
/// A real host with the training plugin on its own SQLite file, and helpers that set up people, customers and courses
/// over HTTP. Test classes share one (<see cref="IClassFixture{TFixture}"/>) and keep apart by the keys they choose.
/// </summary>
public sealed class TrainingHost : IAsyncLifetime
{
    public const string Courses = "/api/training/courses";
    private readonly string data = Directory.CreateTempSubdirectory("plugincrm-training-").FullName;

    public CrmTestHost Host { get; private set; } = null!;
    public HttpClient Admin => Host.Client;
    public ManualClock Clock => Host.Clock;
    public string DataDirectory => data;

    public async Task InitializeAsync() => Host = await CrmTestHost.StartAsync(o =>
    {
        o.AddPlugin<TrainingPlugin>();
        o.DataDirectory = data;
    });

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(data, recursive: true);
    }

    /// <summary>A course of a text lesson, a video and a quiz of one single-choice question (pass mark 50).</summary>
    public static object Course(string key, string title = "Getting started", string audience = "customers", string[]? prerequisites = null) => new
    {
        key, title, audience, prerequisites, summary = "Use the product from day one.",
        lessons = new object[]
        {
            new { key = "welcome", title = "Welcome", kind = "text", body = "# Welcome\nWhat the product does.", minutes = 5 },
            new { key = "tour", title = "A tour", kind = "video", url = "https://video.example.test/tour", minutes = 10 },
            new
            {
                key = "check", title = "Check what you learned", kind = "quiz",
                quiz = new
                {
                    passMark = 50, attempts = 2,
                    questions = new object[]
                    {
                        new { key = "light", type = "single", text = "Which light means the battery is low?", choices = new[] { "green", "red" }, correct = new[] { "red" }, explanation = "Red below 10%." },
                        new { key = "charge", type = "multiple", text = "How can it be charged?", choices = new[] { "usb", "dock", "solar" }, correct = new[] { "usb", "dock" } },
                    },
                },
            },
        },
    };

    public async Task<JsonElement> PublishedCourseAsync(string key, object? definition = null)
    {
        await (await Admin.Post(Courses, definition ?? Course(key))).As<JsonElement>();
        return await (await Admin.PostAsync($"{Courses}/{key}/publish", null)).As<JsonElement>();
    }

    public async Task<long> CustomerAsync(string name, long? ownerId = null, string? email = null, long? companyId = null) =>
        (await (await Admin.Post("/api/customers", new { name, ownerId, email, companyId, consentToContact = true })).As<JsonElement>()).GetProperty("id").GetInt64();

    /// <summary>Signs a user in again, past the 12 hours a sign-in lasts.</summary>
    public async Task<HttpClient> SignInAsync(string email)
    {
        var session = await (await Host.AnonymousClient().Post("/api/auth/sign-in", new { email, password = CrmTestHost.Password })).As<JsonElement>();
        var client = Host.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        return client;
    }

    public Task<(CrmTestUser User, HttpClient Client)> UserAsync(string email, CrmRole role, long? teamId = null) =>
        Host.SignedInUserAsync(email, role, teamId);
}
