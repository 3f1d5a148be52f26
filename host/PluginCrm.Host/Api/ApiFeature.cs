using System.Text.Json;
using System.Text.Json.Serialization;

namespace PluginCrm.Host.Api;

/// <summary>What every endpoint shares: RFC 9457 problems (with the features' mappers), and enums as names.</summary>
public static class ApiFeature
{
    public static void AddApi(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            Requests.UnparsedValues.Name(c);
            c.ProblemDetails.Extensions["correlationId"] = c.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddHttpContextAccessor();
    }
}
