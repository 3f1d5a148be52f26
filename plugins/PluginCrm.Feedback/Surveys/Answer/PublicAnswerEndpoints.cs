using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Feedback.Surveys.Definition;
using PluginCrm.Sdk.Http;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Feedback.Surveys.Answer;

/// <summary>
/// <c>/answer/{token}</c>: the survey and its answers for the customer who got the link, without an account. The token
/// is the credential, and it opens that one invitation's survey and nothing else. A browser (asking for HTML) gets the
/// page and posts its form; an integration gets and posts JSON.
/// </summary>
public static class PublicAnswerEndpoints
{
    public static void MapPublicAnswers(this IEndpointRouteBuilder api)
    {
        var answer = api.MapGroup("/answer").AllowAnonymous();
        answer.MapGet("/{token}", async (string token, HttpContext http, PublicAnswers answers, CancellationToken ct) =>
        {
            if (!WantsPage(http))
                return TypedResults.Ok(await answers.ShowAsync(token, ct));
            return await PageAsync(token, async () =>
            {
                var survey = await answers.ShowAsync(token, ct);
                return Results.Content(AnswerPage.Form(survey.Title, survey.Pages, new Dictionary<string, string[]>(), new Dictionary<string, string[]>()), "text/html; charset=utf-8");
            });
        }).Produces<PublicSurvey>().Produces<string>(StatusCodes.Status200OK, "text/html");
        // JSON (for clients) or the page's form; read by hand, so no Accepts<AnswerRequest>: that would also make routing
        // refuse other content types (a 415, then the fallback policy's 401) where the handler answers 400 today.
        answer.MapPost("/{token}", async (string token, HttpContext http, PublicAnswers answers, CancellationToken ct) =>
        {
            if (!http.Request.HasFormContentType)
            {
                AnswerRequest? request;
                try
                {
                    request = await http.Request.ReadFromJsonAsync<AnswerRequest>(ct);
                }
                catch (Exception ex) when (ex is JsonException or InvalidOperationException)
                {
                    return CrmProblems.Invalid("answers", "the body must be JSON: {\"answers\": {\"nps\": 9}}");
                }
                return TypedResults.Created((string?)null, await answers.AnswerAsync(token, request ?? new AnswerRequest(null), ct));
            }
            // The page's form: the antiforgery token would add nothing, the link's own token is the credential.
            var form = await http.Request.ReadFormAsync(ct);
            var typed = form.ToDictionary(f => f.Key, f => f.Value.Select(v => v ?? "").Where(v => v.Length > 0).ToArray());
            return await PageAsync(token, async () =>
            {
                var survey = await answers.ShowAsync(token, ct);
                try
                {
                    // The page hides a question until its condition holds, so what a hidden box still holds is dropped.
                    await answers.AnswerAsync(token, new AnswerRequest(AnswerRules.WithoutNotAsked(survey.Pages, Json(survey.Pages, typed))), ct);
                    return Results.Content(AnswerPage.Message(survey.Title, "谢谢您的反馈！· Thank you for your answers!"), "text/html; charset=utf-8");
                }
                catch (RecordValidationException ex)
                {
                    return Results.Content(AnswerPage.Form(survey.Title, survey.Pages, typed, ex.Errors), "text/html; charset=utf-8", statusCode: 400);
                }
            });
        }).DisableAntiforgery().Produces<AnswerReceipt>(StatusCodes.Status201Created);
    }

    private static bool WantsPage(HttpContext http) => http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    // A link that no longer opens the survey says why, as a page.
    private static async Task<IResult> PageAsync(string token, Func<Task<IResult>> page)
    {
        try
        {
            return await page();
        }
        catch (Exception ex) when (ex is RecordNotFoundException or RecordConflictException)
        {
            return Results.Content(AnswerPage.Message("调查 · Survey", ex.Message), "text/html; charset=utf-8",
                statusCode: ex is RecordNotFoundException ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict);
        }
    }

    // The form's fields as the JSON answers the API takes: numbers for scales, lists for several choices.
    private static Dictionary<string, JsonElement> Json(IReadOnlyList<SurveyPage> pages, Dictionary<string, string[]> typed)
    {
        var answers = new Dictionary<string, JsonElement>();
        var questions = pages.SelectMany(p => p.Questions ?? []).ToDictionary(q => q.Key!);
        foreach (var (key, values) in typed.Where(t => t.Value.Length > 0))
            answers[key] = !questions.TryGetValue(key, out var q) ? JsonSerializer.SerializeToElement(values[0])
                : q.Type == QuestionTypes.Multiple ? JsonSerializer.SerializeToElement(values)
                : QuestionTypes.Scale(q) is not null && int.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? JsonSerializer.SerializeToElement(n)
                : JsonSerializer.SerializeToElement(values[0]);
        return answers;
    }
}
