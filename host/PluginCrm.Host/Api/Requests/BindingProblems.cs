using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace PluginCrm.Host.Api.Requests;

/// <summary>
/// Says what was wrong with a request an endpoint could not bind, naming the field and what it must hold. ASP.NET
/// Core's own wording names .NET types ("Nullable`1[System.Int64]") and its own internals ("Did you mean to use a
/// Service instead?"); the caller wrote JSON and a query string, so the answer speaks of those.
/// </summary>
public static partial class BindingProblems
{
    private const string Unreadable = "The request could not be read";

    /// <summary>The message of a request whose handler reads its own body (<see cref="JsonBody"/>) and was sent none.</summary>
    public const string NoBody = "The request has no body.";

    // The binder puts the parameter's name only in its message; these are its wordings (RequestDelegateFactory's log
    // messages), pinned by the tests in Http/BindingProblemTests.
    [GeneratedRegex("""^Failed to bind parameter "[^"]* (?<name>[^" ]+)" from""")]
    private static partial Regex NotBound();

    [GeneratedRegex("""^Required parameter "[^"]* (?<name>[^" ]+)" was not provided from (?<source>.+)\.$""")]
    private static partial Regex NotProvided();

    [GeneratedRegex("^Implicit body inferred for parameter")]
    private static partial Regex ImplicitBody();

    public static ProblemDetails For(HttpContext context, BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return RequestLimits.BodyTooLarge(context.Request.ContentLength);
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        if (bad.InnerException is JsonException json)
            return Json(json, BodyType(context), options);
        if (NotBound().Match(bad.Message) is { Success: true } notBound)
            return Invalid(notBound.Groups["name"].Value, Parameter(context, notBound.Groups["name"].Value) is { } type
                ? ExpectedValue.Of(type, options) : "is not a value this parameter accepts");
        if (NotProvided().Match(bad.Message) is { Success: true } notProvided)
            return notProvided.Groups["source"].Value == "body" ? BodyMissing(context, options) : Invalid(notProvided.Groups["name"].Value, "is required");
        if (bad.Message == NoBody || ImplicitBody().IsMatch(bad.Message))
            return BodyMissing(context, options);
        return new ProblemDetails { Status = bad.StatusCode, Title = Unreadable, Detail = $"{ReasonPhrases.GetReasonPhrase(bad.StatusCode)}." };
    }

    private static ProblemDetails Json(JsonException json, Type? bodyType, JsonSerializerOptions options)
    {
        var (path, type, notAFieldOf) = bodyType is null ? ("", null, null) : JsonFieldPath.Resolve(json.Path, bodyType, options);
        var field = path.Length == 0 ? "body" : path;
        // The reader's own error (an inner JsonException) means the text is not JSON at all; otherwise it is JSON with a
        // field the body does not have, or a value of the wrong kind.
        if (json.InnerException is JsonException syntax)
            return FieldProblem.Of(400, Unreadable, field,
                $"is not valid JSON at line {json.LineNumber + 1}, position {json.BytePositionInLine + 1}: {syntax.Message.Split(" LineNumber:")[0]}");
        if (notAFieldOf is not null)
            return Invalid(field, JsonFieldPath.NotAField(notAFieldOf));
        return Invalid(field, type is null ? "is not a value this field accepts" : ExpectedValue.Of(type, options));
    }

    private static ProblemDetails BodyMissing(HttpContext context, JsonSerializerOptions options) =>
        Invalid("body", BodyType(context) is { } type && options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Enumerable
            ? "is required: send a JSON list" : "is required: send a JSON object");

    private static HttpValidationProblemDetails Invalid(string field, string message) => FieldProblem.Of(400, "Invalid input", field, message);

    private static Type? BodyType(HttpContext context) => Endpoint(context)?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    // Minimal APIs keep the handler's MethodInfo in the endpoint's metadata: the parameter's declared type says what it must hold.
    private static Type? Parameter(HttpContext context, string name) =>
        Endpoint(context)?.Metadata.GetMetadata<MethodInfo>()?.GetParameters().FirstOrDefault(p => p.Name == name)?.ParameterType;

    // The exception handler clears the request's endpoint before it runs again; the feature keeps the one that failed.
    private static Endpoint? Endpoint(HttpContext context) => context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
}
