using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Courses.Edit;

namespace PluginCrm.Training.Courses.Manage;

/// <summary><c>/courses</c>: admins define (whole, or a lesson and a question at a time), publish and retire courses; anyone signed in reads the catalogue.</summary>
public static class CourseEndpoints
{
    public static void MapCourses(this IEndpointRouteBuilder courses)
    {
        courses.MapPost("/", async (CourseDefinition definition, CourseAdmin admin, CancellationToken ct) =>
        {
            var created = await admin.CreateAsync(definition, ct);
            return TypedResults.Created($"/api/training/courses/{created.Key}", created);
        }).RequireAuthorization(CrmPolicies.Admin);
        courses.MapGet("/", async (CourseAdmin admin, CancellationToken ct) => TypedResults.Ok(new CourseList(await admin.ListAsync(ct))));
        courses.MapGet("/{key}", async (string key, CourseAdmin admin, CancellationToken ct) => TypedResults.Ok(await admin.ShowAsync(key, ct)));
        courses.MapPut("/{key}", async (string key, CourseDefinition definition, CourseAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(await admin.ReplaceAsync(key, definition, ct))).RequireAuthorization(CrmPolicies.Admin);
        courses.MapPost("/{key}/publish", async (string key, CourseAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(await admin.PublishAsync(key, ct))).RequireAuthorization(CrmPolicies.Admin);
        courses.MapPost("/{key}/lessons", async (string key, LessonRequest request, DraftEditing drafts, CancellationToken ct) =>
            TypedResults.Ok(await drafts.AddLessonAsync(key, request, ct))).RequireAuthorization(CrmPolicies.Admin);
        courses.MapPost("/{key}/questions", async (string key, QuestionRequest request, DraftEditing drafts, CancellationToken ct) =>
            TypedResults.Ok(await drafts.AddQuestionAsync(key, request, ct))).RequireAuthorization(CrmPolicies.Admin);
        courses.MapPost("/{key}/retire", async (string key, CourseAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(await admin.RetireAsync(key, ct))).RequireAuthorization(CrmPolicies.Admin);
    }
}
