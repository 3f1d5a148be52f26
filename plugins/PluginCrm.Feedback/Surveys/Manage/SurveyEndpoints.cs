using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Feedback.Surveys.Answer;
using PluginCrm.Feedback.Surveys.Definition;
using PluginCrm.Feedback.Surveys.Invite;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Feedback.Surveys.Manage;

/// <summary>
/// <c>/surveys</c>: admins define, publish and close surveys; anyone signed in reads them, invites a customer it reads
/// and enters a customer's answers (a call, a visit, an integration).
/// </summary>
public static class SurveyEndpoints
{
    public static void MapSurveys(this IEndpointRouteBuilder surveys)
    {
        surveys.MapPost("/", async (SurveyDefinition definition, SurveyAdmin admin, CancellationToken ct) =>
        {
            var created = await admin.CreateAsync(definition, ct);
            return TypedResults.Created($"/api/feedback/surveys/{created.Key}", created);
        }).RequireAuthorization(CrmPolicies.Admin);
        surveys.MapGet("/", async (SurveyAdmin admin, CancellationToken ct) => TypedResults.Ok(new SurveyList(await admin.ListAsync(ct))));
        surveys.MapGet("/{key}", async (string key, SurveyAdmin admin, CancellationToken ct) => TypedResults.Ok(await admin.ShowAsync(key, ct)));
        surveys.MapPut("/{key}", async (string key, SurveyDefinition definition, SurveyAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(await admin.ReplaceAsync(key, definition, ct))).RequireAuthorization(CrmPolicies.Admin);
        surveys.MapPost("/{key}/publish", async (string key, SurveyAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(await admin.PublishAsync(key, ct))).RequireAuthorization(CrmPolicies.Admin);
        surveys.MapPost("/{key}/close", async (string key, SurveyAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(await admin.CloseAsync(key, ct))).RequireAuthorization(CrmPolicies.Admin);

        surveys.MapPost("/{key}/invitations", async (string key, InviteRequest request, ClaimsPrincipal user, Invitations invitations, CancellationToken ct) =>
        {
            var invitation = await invitations.InviteAsync(key, request, user.ToActingUser(), ct);
            return TypedResults.Created($"/api/feedback/surveys/{key}/invitations/{invitation.Id}", invitation);
        });
        surveys.MapPost("/{key}/invitations/segment", async (string key, SegmentRequest request, ClaimsPrincipal user, Invitations invitations, CancellationToken ct) =>
            TypedResults.Ok(await invitations.InviteSegmentAsync(key, request, user.ToActingUser(), ct)));
        surveys.MapGet("/{key}/waves", async (string key, WaveRates waves, CancellationToken ct) => TypedResults.Ok(new WaveRateList(await waves.OfAsync(key, ct))));
        surveys.MapPost("/{key}/answers", async (string key, EnteredAnswerRequest request, ClaimsPrincipal user, EnteredAnswers answers, CancellationToken ct) =>
        {
            var receipt = await answers.EnterAsync(key, request, user.ToActingUser(), ct);
            return TypedResults.Created($"/api/feedback/surveys/{key}/answers/{receipt.Id}", receipt);
        });
    }
}
