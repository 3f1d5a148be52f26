using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using PluginCrm.Host.Api;
using PluginCrm.Host.Plugins;

namespace PluginCrm.Host.OpenApi;

/// <summary>
/// The RFC 9457 problems an operation can answer, from what the host applies to it rather than from each handler:
/// 400 for any input (binding, validation), 401 unless anonymous, 403 for a role or a write (record checks), 404 for an
/// id in the route or a plugin's endpoint (a module switched off answers 404), 409 and 422 for a write (a clash, a
/// reused Idempotency-Key, a plugin's refusal), 412/428 where <c>If-Match</c> is read, 429 where a rate limit applies.
/// Runs after <see cref="OperationSecurity"/> and <see cref="VersionHeaders"/>; a response the endpoint declares stays.
/// </summary>
public sealed class ProblemResponses : IOpenApiOperationTransformer
{
    public const string ProblemSchema = "ProblemDetails", ValidationProblemSchema = "HttpValidationProblemDetails";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var write = !HttpMethods.IsGet(description.HttpMethod ?? "GET");
        var ifMatch = metadata.OfType<VersionMetadata>().LastOrDefault()?.IfMatch ?? IfMatchUse.None;
        var statuses = new List<int>();
        if (operation.Parameters is { Count: > 0 } || operation.RequestBody is not null)
            statuses.Add(400);
        if (!anonymous)
            statuses.Add(401);
        if (!anonymous && (write || OperationSecurity.RequiresRole(operation)))
            statuses.Add(403);
        if ((description.RelativePath ?? "").Contains('{') || metadata.OfType<PluginEndpointMetadata>().Any())
            statuses.Add(404);
        if (write)
            statuses.AddRange([409, 422]);
        if (ifMatch != IfMatchUse.None)
            statuses.Add(412);
        if (ifMatch is IfMatchUse.Demanded or IfMatchUse.Required)
            statuses.Add(428);
        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
            statuses.Add(429);

        operation.Responses ??= [];
        foreach (var status in statuses)
            operation.Responses.TryAdd(status.ToString(), Problem(status, context.Document));
        return Task.CompletedTask;
    }

    private static OpenApiResponse Problem(int status, OpenApiDocument? document) => new()
    {
        Description = ReasonPhrases.GetReasonPhrase(status),
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(status is 400 or 422 ? ValidationProblemSchema : ProblemSchema, document) },
        },
    };
}
