using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PluginCrm.Host.OpenApi;

/// <summary>The document's title and description, and its servers without a trailing slash (paths begin with one).</summary>
public sealed class DocumentInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "PluginCrm API";
        document.Info.Description =
            "Core records, access, plugins and jobs, and the endpoints of every loaded plugin. Every operation except those " +
            "with 'security: []' (sign-in, /health, public links) needs 'Authorization: Bearer <session token or API key>'; " +
            "x-crm-roles names the roles that may call it. Errors are RFC 9457 problem details.";
        foreach (var server in document.Servers ?? [])
            server.Url = server.Url?.TrimEnd('/');
        return Task.CompletedTask;
    }
}
