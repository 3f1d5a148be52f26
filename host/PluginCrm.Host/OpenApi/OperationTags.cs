using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PluginCrm.Host.Plugins;

namespace PluginCrm.Host.OpenApi;

/// <summary>
/// One tag per area, so the document and generated clients group by it: a plugin's id for its endpoints, otherwise the
/// first segment under <c>/api</c> (<c>customers</c>, <c>auth</c>). An endpoint's own <c>WithTags</c> wins; without one the
/// framework would put everything under the application's name.
/// </summary>
public sealed class OperationTags : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<ITagsMetadata>().Any())
            return Task.CompletedTask;
        var tag = metadata.OfType<PluginEndpointMetadata>().LastOrDefault()?.PluginId ?? AreaOf(context.Description.RelativePath ?? "");
        operation.Tags = new HashSet<OpenApiTagReference> { new(tag, context.Document) };
        return Task.CompletedTask;
    }

    public static string AreaOf(string route) =>
        route.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).SkipWhile(s => s == "api").FirstOrDefault() ?? "root";
}
