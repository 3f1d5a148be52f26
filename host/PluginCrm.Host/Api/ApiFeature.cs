using System.Text.Json;
using System.Text.Json.Serialization;

namespace PluginCrm.Host.Api;

/// <summary>What every endpoint shares: RFC 9457 problems (with the features' mappers), enums as names, the OpenAPI document.</summary>
public static class ApiFeature
{
    public static void AddApi(this IServiceCollection services)
    {
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "PluginCrm API";
            document.Info.Description = "Core records, access, plugins and jobs. Every endpoint except /health and /api/auth/sign-in needs 'Authorization: Bearer <token or API key>'.";
            return Task.CompletedTask;
        }));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Extensions["correlationId"] = c.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddHttpContextAccessor();
    }

    /// <summary>/openapi/v1.json, behind sign-in like the rest.</summary>
    public static void MapApi(this IEndpointRouteBuilder app) => app.MapOpenApi();
}
