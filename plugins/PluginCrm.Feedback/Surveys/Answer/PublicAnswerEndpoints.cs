using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PluginCrm.Feedback.Surveys.Answer;

/// <summary>
/// <c>/answer/{token}</c>: the survey and its answers for the customer who got the link, without an account. The token
/// is the credential, and it opens that one invitation's survey and nothing else.
/// </summary>
public static class PublicAnswerEndpoints
{
    public static void MapPublicAnswers(this IEndpointRouteBuilder api)
    {
        var answer = api.MapGroup("/answer").AllowAnonymous();
        answer.MapGet("/{token}", async (string token, PublicAnswers answers, CancellationToken ct) => Results.Ok(await answers.ShowAsync(token, ct)));
        answer.MapPost("/{token}", async (string token, AnswerRequest request, PublicAnswers answers, CancellationToken ct) =>
            Results.Created((string?)null, await answers.AnswerAsync(token, request, ct)));
    }
}
