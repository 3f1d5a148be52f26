using Microsoft.AspNetCore.Http;

namespace PluginCrm.Sdk.Http;

/// <summary>
/// RFC 9457 problems worded as the host words its own, for a plugin's endpoints to return. An endpoint may instead throw
/// the SDK's refusals, which the host answers the same way: <see cref="Records.RecordValidationException"/> (400, by field),
/// <see cref="Records.RecordNotFoundException"/> (404), <see cref="Access.RecordAccessDeniedException"/> (404 or 403),
/// <see cref="Records.RecordConflictException"/> (409), <see cref="Pipeline.PipelineValidationException"/> (422).
/// </summary>
public static class CrmProblems
{
    /// <summary>400: the fields that are wrong, each with what it must be.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")), title: "Invalid input");

    /// <summary>400: one field that is wrong.</summary>
    public static IResult Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>403: the caller may not; say why.</summary>
    public static IResult Forbidden(string detail) => Results.Problem(detail, statusCode: 403, title: "Forbidden");

    /// <summary>404: there is no such thing, or the caller may not know there is (the same words either way).</summary>
    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: 404, title: "Not found");

    /// <summary>409: it clashes with the record as it is now (changed since read, already done, not in that state).</summary>
    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: 409, title: "Conflict");

    /// <summary>422: understood and valid, but a rule refuses it (a limit, a cool-down).</summary>
    public static IResult Refused(string detail) => Results.Problem(detail, statusCode: 422, title: "Refused");

    /// <summary>A refusal by its status (403, 404, 409, 422, ...), titled as the host titles it.</summary>
    public static IResult Of(int status, string detail) => status switch
    {
        403 => Forbidden(detail),
        404 => NotFound(detail),
        409 => Conflict(detail),
        422 => Refused(detail),
        _ => Results.Problem(detail, statusCode: status),
    };
}
