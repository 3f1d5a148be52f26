using System.Text.Json;
using System.Text.Json.Serialization;
using PluginCrm.Host.Api.OpenApi;

namespace PluginCrm.Host.Api;

/// <summary>What every endpoint shares: RFC 9457 problems (with the features' mappers), enums as names, the OpenAPI document.</summary>
public static class ApiFeature
{
    public static void AddApi(this IServiceCollection services)
    {
        services.AddCrmOpenApi();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Extensions["correlationId"] = c.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddHttpContextAccessor();
    }

    /// <summary>/openapi/v1.json, behind sign-in like the rest.</summary>
    public static void MapApi(this IEndpointRouteBuilder app) => app.MapOpenApi();
}
