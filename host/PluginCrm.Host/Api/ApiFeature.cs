using System.Text.Json;
using System.Text.Json.Serialization;

namespace PluginCrm.Host.Api;

/// <summary>What every endpoint shares: RFC 9457 problems (with the features' mappers), enums as names, no unknown fields.</summary>
public static class ApiFeature
{
    /// <summary>The id a caller quotes to find a problem's request in the log.</summary>
    public static void Correlate(Microsoft.AspNetCore.Mvc.ProblemDetails problem, HttpContext context) => problem.Extensions["correlationId"] = context.TraceIdentifier;

    public static void AddApi(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            Requests.UnparsedValues.Name(c);
            Correlate(c.ProblemDetails, c.HttpContext);
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            // A field the body's type does not have (a misspelt "emial") is a 400 naming it, on every endpoint, plugins'
            // included, as a merge patch's is: ignored, the caller would believe it saved.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        services.AddHttpContextAccessor();
    }
}
