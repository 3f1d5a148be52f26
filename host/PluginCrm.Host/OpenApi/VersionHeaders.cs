using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PluginCrm.Host.Api;

namespace PluginCrm.Host.OpenApi;

/// <summary>
/// Optimistic concurrency as the record endpoints practise it (<see cref="VersionMetadata"/>): the version read comes
/// back as <c>ETag</c> on success, goes out again as <c>If-Match</c>; a stale one is 412, a missing one where demanded 428.
/// </summary>
public sealed class VersionHeaders : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<VersionMetadata>().LastOrDefault() is not { } version)
            return Task.CompletedTask;
        if (version.SendsETag)
        {
            foreach (var (_, response) in (operation.Responses ?? []).Where(r => r.Key.StartsWith('2')))
            {
                if (response is not OpenApiResponse concrete)
                    continue;
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers["ETag"] = new OpenApiHeader
                {
                    Description = "The record's version, quoted (\"7\"): send it back in If-Match to change the record.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }
        if (version.IfMatch != IfMatchUse.None)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = version.IfMatch == IfMatchUse.Required,
                Description = version.IfMatch switch
                {
                    IfMatchUse.Required => "The ETag of the record as read; without it the answer is 428, with a stale one 412.",
                    IfMatchUse.Demanded => "The ETag of the record as read (or its version in the body); without either the answer is 428, with a stale one 412.",
                    _ => "The ETag of the record as read; a stale one is 412.",
                },
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        return Task.CompletedTask;
    }
}
