using Microsoft.AspNetCore.Mvc;

namespace PluginCrm.Host.Api;

/// <summary>RFC 9457 problem results with the wording the API uses everywhere.</summary>
public static class Problems
{
    /// <summary>A problem with the API's wording, for an exception handler or a feature's <see cref="IProblemMapper"/>.</summary>
    public static ProblemDetails Details(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: 404, title: "Not found");

    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: 409, title: "Refused");

    public static IResult Field(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: $"{field}: {message}");
}
