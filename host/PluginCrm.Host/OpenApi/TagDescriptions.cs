using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PluginCrm.Host.Plugins;

namespace PluginCrm.Host.OpenApi;

/// <summary>
/// Declares every tag the operations use, with a description: a plugin's from its manifest, the host's areas from
/// <see cref="HostAreas"/>. Linters want each used tag declared and described.
/// </summary>
public sealed class TagDescriptions(PluginCatalog catalog) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var used = (document.Paths ?? [])
            .SelectMany(p => p.Value.Operations ?? [])
            .SelectMany(o => o.Value.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name!)
            .ToHashSet();
        document.Tags = used.Order(StringComparer.Ordinal).Select(name => new OpenApiTag { Name = name, Description = Describe(name) }).ToHashSet();
        return Task.CompletedTask;
    }

    private string Describe(string tag) =>
        catalog.Find(tag)?.Manifest?.Description is { Length: > 0 } plugin ? $"Plugin {tag}: {plugin}"
        : HostAreas.Descriptions.GetValueOrDefault(tag) ?? $"Operations under /api/{tag}.";
}
