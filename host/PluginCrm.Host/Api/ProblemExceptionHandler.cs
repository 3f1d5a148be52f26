using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PluginCrm.Host.Api.Requests;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Api;

/// <summary>
/// Maps the exceptions that carry a meaning for the caller to RFC 9457 problems: unreadable requests and
/// invalid input (400, naming the field), a body over the limit (413), unknown records (404), conflicts and stale
/// versions (409, 412, 428), a plugin step's refusal (422, with the message). The features' own exceptions (a template
/// that fails to render, a failed step, possible duplicates, ...) come from their <see cref="IProblemMapper"/>s.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, IEnumerable<IProblemMapper> mappers) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = mappers.Select(m => m.Map(exception)).FirstOrDefault(p => p is not null) ?? exception switch
        {
            BadHttpRequestException bad => BindingProblems.For(context, bad),
            InputException input => new HttpValidationProblemDetails(input.Errors.ToDictionary()) { Status = 400, Title = "Invalid input", Detail = input.Message },
            ForbiddenException forbidden => Problem(403, "Forbidden", forbidden.Message),
            NotFoundException missing => Problem(404, "Not found", missing.Message),
            ConflictException conflict => Problem(conflict.Status, conflict.Status == 409 ? "Conflict" : "Precondition failed", conflict.Message),
            PipelineValidationException refused => Refusal(refused),
            // What plugins throw through the SDK (ICrmRecords), when they let it through.
            RecordValidationException invalid => new HttpValidationProblemDetails(invalid.Errors.ToDictionary()) { Status = 400, Title = "Invalid input", Detail = invalid.Message },
            RecordNotFoundException missing => Problem(404, "Not found", missing.Message),
            RecordConflictException conflict => Problem(409, "Conflict", conflict.Message),
            RecordAccessDeniedException denied => denied.HidesExistence ? Problem(404, "Not found", denied.Message) : Problem(403, "Forbidden", denied.Message),
            _ => null,
        };
        if (problem is null)
            return false;
        context.Response.StatusCode = problem.Status!.Value;
        // A caller that accepts neither JSON nor a console page's HTML (Accept: text/html on the API) still gets the problem
        // as JSON: unhandled, the exception handler turned a 404 into a 500.
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem }))
        {
            ApiFeature.Correlate(problem, context);
            await context.Response.WriteAsJsonAsync(problem, problem.GetType(), (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        }
        return true;
    }

    private static ProblemDetails Problem(int status, string title, string detail) => Problems.Details(status, title, detail);

    private static ProblemDetails Refusal(PipelineValidationException refused) => refused.Field is { } field
        ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [refused.Message] }) { Status = 422, Title = "Refused", Detail = refused.Message }
        : Problem(422, "Refused", refused.Message);
}
