using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Feedback.Tests.Support;

namespace PluginCrm.Feedback.Tests.Surveys;

/// <summary>Surveys over HTTP, as an admin and a customer's link use them.</summary>
public static class SurveyHost
{
    public const string SurveysApi = "/api/feedback/surveys";

    /// <summary>An NPS, a CSAT, an effort question, a choice and a text asked only of detractors.</summary>
    public static object Definition(string key = "after-delivery", string title = "How was your delivery?", bool anonymous = false) => new
    {
        key, title, anonymous,
        pages = new object[]
        {
            new
            {
                title = "Your order",
                questions = new object[]
                {
                    new { key = "nps", type = "nps", text = "How likely are you to recommend us?", required = true },
                    new { key = "csat", type = "csat", text = "How satisfied are you with the delivery?" },
                    new { key = "effort", type = "ces", text = "How easy was it to order?" },
                },
            },
            new
            {
                questions = new object[]
                {
                    new { key = "channel", type = "single", text = "How did you order?", choices = new[] { "web", "phone", "shop" } },
                    new { key = "why", type = "text", text = "What should we do better?", maxLength = 200, showIf = new { question = "nps", @in = new[] { "0", "1", "2", "3", "4", "5", "6" } } },
                },
            },
        },
    };

    public static async Task<JsonElement> PublishedAsync(FeedbackHost feedback, object? definition = null)
    {
        var created = await (await feedback.Admin.Post(SurveysApi, definition ?? Definition())).As<JsonElement>();
        var key = created.GetProperty("key").GetString();
        return await (await feedback.Admin.PostAsync($"{SurveysApi}/{key}/publish", null)).As<JsonElement>();
    }

    public static async Task<long> ConsentingCustomerAsync(FeedbackHost feedback, string name, long? ownerId = null) =>
        (await (await feedback.Admin.Post("/api/customers", new { name, ownerId, consentToContact = true })).As<JsonElement>()).GetProperty("id").GetInt64();

    /// <summary>The token of a new invitation, from the link shown once.</summary>
    public static async Task<string> InviteAsync(FeedbackHost feedback, long customerId, string key = "after-delivery", int? expiresInDays = null) =>
        (await (await feedback.Admin.Post($"{SurveysApi}/{key}/invitations", new { customerId, expiresInDays })).As<JsonElement>()).GetProperty("token").GetString()!;

    public static Task<HttpResponseMessage> AnswerAsync(FeedbackHost feedback, string token, object answers) =>
        feedback.Host.AnonymousClient().PostAsJsonAsync($"/api/feedback/answer/{token}", new { answers }, Json.Options);

    public static async Task<Problem> ProblemAsync(this HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<Problem>(Json.Options))!;
}
