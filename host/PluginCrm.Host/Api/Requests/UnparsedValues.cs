using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace PluginCrm.Host.Api.Requests;

/// <summary>
/// Names the query or route value that did not parse when an endpoint answered a bare 400. The request delegate
/// generator, which builds the endpoints at compile time, answers so for an optional value (<c>?purge=maybe</c>, a
/// <c>bool?</c>) where the run-time binder throws the error <see cref="BindingProblems"/> words; the endpoint's
/// binding metadata still says which parameters it reads and of what type.
/// </summary>
public static class UnparsedValues
{
    /// <summary>Adds the field and what it must hold to a bare 400 (<c>UseStatusCodePages</c>'s), if a value did not parse.</summary>
    public static void Name(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status != StatusCodes.Status400BadRequest || context.Exception is not null
            || context.ProblemDetails is HttpValidationProblemDetails || context.HttpContext.GetEndpoint() is not { } endpoint)
            return;
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var errors = endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .Where(p => p.HasTryParse && Raw(context.HttpContext.Request, p.Name) is { Length: > 0 } raw && !Parses(p.ParameterInfo.ParameterType, raw))
            .ToDictionary(p => p.Name, p => new[] { ExpectedValue.Of(p.ParameterInfo.ParameterType, options) });
        if (errors.Count == 0)
            return;
        context.ProblemDetails.Title = "Invalid input";
        context.ProblemDetails.Detail = string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}"));
        context.ProblemDetails.Extensions["errors"] = errors;
    }

    private static string? Raw(HttpRequest request, string name) =>
        request.RouteValues.TryGetValue(name, out var value) ? value?.ToString() : request.Query[name].ToString();

    private static bool Parses(Type type, string raw)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain.IsEnum)
            return Enum.TryParse(plain, raw, ignoreCase: true, out _);
        // TryParse(text, provider, out value) where a type has it public, else TryParse(text, out value) (bool's).
        var flags = BindingFlags.Public | BindingFlags.Static;
        if (plain.GetMethod("TryParse", flags, [typeof(string), typeof(IFormatProvider), plain.MakeByRefType()]) is { } withProvider)
            return (bool)withProvider.Invoke(null, [raw, CultureInfo.InvariantCulture, null])!;
        return plain.GetMethod("TryParse", flags, [typeof(string), plain.MakeByRefType()]) is not { } plainTryParse
            || (bool)plainTryParse.Invoke(null, [raw, null])!;
    }
}
