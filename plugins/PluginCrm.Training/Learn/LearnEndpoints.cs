using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;
using PluginCrm.Training.Certificates;
using PluginCrm.Training.Quizzes.Attempts;

namespace PluginCrm.Training.Learn;

/// <summary>
/// A customer's personal course link: made by whoever may change the customer (<c>/courses/{key}/links</c>), then used
/// without an account (<c>/learn/{token}</c>): see the course, enrol, mark lessons done, answer quizzes, get the certificate.
/// </summary>
public static class LearnEndpoints
{
    public static void MapLearning(this IEndpointRouteBuilder api)
    {
        api.MapPost("/courses/{key}/links", async (string key, LinkRequest request, ClaimsPrincipal user, LearnerLinks links, CancellationToken ct) =>
        {
            var link = await links.CreateAsync(key, request, user.ToActingUser(), ct);
            return TypedResults.Created($"/api/training/learn/{link.Token}", link);
        });
        var learn = api.MapGroup("/learn/{token}").AllowAnonymous();
        learn.MapGet("/", async (string token, PublicLearning learning, CancellationToken ct) => TypedResults.Ok(await learning.ShowAsync(token, ct)));
        learn.MapPost("/enrol", async (string token, SelfEnrolRequest request, PublicLearning learning, CancellationToken ct) =>
            TypedResults.Ok(await learning.EnrolAsync(token, request, ct)));
        learn.MapPost("/lessons/{lesson}/done", async (string token, string lesson, PublicLearning learning, CancellationToken ct) =>
            TypedResults.Ok(await learning.DoneAsync(token, lesson, ct)));
        learn.MapPost("/quizzes/{lesson}/attempts", async (string token, string lesson, AttemptRequest request, PublicLearning learning, QuizAttempts attempts, CancellationToken ct) =>
            TypedResults.Ok(await attempts.SubmitAsync(await learning.EnrolledAsync(token, ct), lesson, request, PublicLearning.Learner, ct)));
        learn.MapGet("/certificate", async (string token, PublicLearning learning, CertificateRegistry registry, CancellationToken ct) =>
            TypedResults.Ok(await registry.OfEnrolmentAsync(await learning.EnrolledAsync(token, ct), ct)));
    }
}
