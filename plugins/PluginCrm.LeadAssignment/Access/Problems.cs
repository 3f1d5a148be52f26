using Microsoft.AspNetCore.Http;

namespace PluginCrm.LeadAssignment.Access;

/// <summary>RFC 9457 problems, as the host writes them.</summary>
public static class Problems
{
    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: 404, title: "Not found");
    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: 409, title: "Conflict");
    public static IResult Refused(string detail) => Results.Problem(detail, statusCode: 422, title: "Refused");
}
