using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;
using PluginCrm.Training.Learning;
using PluginCrm.Training.Quizzes.Attempts;

namespace PluginCrm.Training.Enrolments;

/// <summary>
/// Enrolments: enrol learners in a course (<c>/courses/{key}/enrolments</c>), list those the caller sees, show one with
/// its lessons, record a lesson done and score a quiz attempt. Who may is the host's access contract's answer for the learner.
/// </summary>
public static class EnrolmentEndpoints
{
    public static void MapEnrolments(this IEndpointRouteBuilder api)
    {
        api.MapPost("/courses/{key}/enrolments", async Task<Results<Created<EnrolmentBatch>, Ok<EnrolmentBatch>>> (string key, EnrolRequest request, ClaimsPrincipal user, Enrolling enrolling, CancellationToken ct) =>
        {
            var batch = await enrolling.EnrolAsync(key, request, user.ToActingUser(), ct);
            return request.CustomerId is not null || request.UserId is not null
                ? TypedResults.Created($"/api/training/enrolments/{batch.EnrolmentIds[0]}", batch)
                : TypedResults.Ok(batch);
        });
        var enrolments = api.MapGroup("/enrolments");
        enrolments.MapGet("/", async (string? course, long? customerId, long? userId, bool? completed, int? page, int? pageSize, ClaimsPrincipal user,
            EnrolmentList list, CancellationToken ct) =>
            TypedResults.Ok(await list.ListAsync(user.ToActingUser(), course, customerId, userId, completed, page ?? 1, pageSize ?? 50, ct)));
        enrolments.MapGet("/{id:long}", async (long id, ClaimsPrincipal user, IRecordAccess access, LearnerViews views, CancellationToken ct) =>
        {
            await access.DemandAsync(user.ToActingUser(), AccessRight.Read, EnrolmentOwnership.Of(id), ct);
            return TypedResults.Ok(await views.ShowAsync(id, ct));
        });
        enrolments.MapPost("/{id:long}/lessons/{lesson}/done", async (long id, string lesson, ClaimsPrincipal user, IRecordAccess access,
            Progressing progressing, LearnerViews views, CancellationToken ct) =>
        {
            var acting = user.ToActingUser();
            await access.DemandAsync(acting, AccessRight.Change, EnrolmentOwnership.Of(id), ct);
            await progressing.MarkDoneAsync(id, lesson, acting, ct);
            return TypedResults.Ok(await views.ShowAsync(id, ct));
        });
        enrolments.MapPost("/{id:long}/quizzes/{lesson}/attempts", async (long id, string lesson, AttemptRequest request, ClaimsPrincipal user,
            IRecordAccess access, QuizAttempts attempts, CancellationToken ct) =>
        {
            var acting = user.ToActingUser();
            await access.DemandAsync(acting, AccessRight.Change, EnrolmentOwnership.Of(id), ct);
            return TypedResults.Ok(await attempts.SubmitAsync(id, lesson, request, acting, ct));
        });
        // One lesson at a time, in order: the console's learner screen.
        enrolments.MapGet("/{id:long}/next", async (long id, ClaimsPrincipal user, IRecordAccess access, NextLessons next, CancellationToken ct) =>
        {
            await access.DemandAsync(user.ToActingUser(), AccessRight.Read, EnrolmentOwnership.Of(id), ct);
            return TypedResults.Ok(await next.ShowAsync(id, ct));
        });
        enrolments.MapPost("/{id:long}/next/done", async (long id, ClaimsPrincipal user, IRecordAccess access, NextLessons next, CancellationToken ct) =>
        {
            var acting = user.ToActingUser();
            await access.DemandAsync(acting, AccessRight.Change, EnrolmentOwnership.Of(id), ct);
            return TypedResults.Ok(await next.DoneAsync(id, acting, ct));
        });
        enrolments.MapPost("/{id:long}/next/answers", async (long id, Dictionary<string, System.Text.Json.JsonElement>? answers, ClaimsPrincipal user,
            IRecordAccess access, NextLessons next, CancellationToken ct) =>
        {
            var acting = user.ToActingUser();
            await access.DemandAsync(acting, AccessRight.Change, EnrolmentOwnership.Of(id), ct);
            return TypedResults.Ok(await next.AnswerAsync(id, answers, acting, ct));
        });
        // A member of staff's own training: what it is enrolled in, and how far it is.
        api.MapGet("/me", async (ClaimsPrincipal user, EnrolmentList list, CancellationToken ct) =>
        {
            var acting = user.ToActingUser();
            return TypedResults.Ok(await list.ListAsync(acting, null, null, acting.UserId ?? -1, null, 1, 500, ct));
        });
    }
}
