using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PluginCrm.Host.OpenApi;

/// <summary>
/// Makes sure the schemas <see cref="ProblemResponses"/> refers to are in the components: the framework adds them only
/// when some endpoint happens to declare a problem itself.
/// </summary>
public sealed class ProblemSchemas : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(ProblemResponses.ProblemSchema))
            document.Components.Schemas[ProblemResponses.ProblemSchema] = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        if (!document.Components.Schemas.ContainsKey(ProblemResponses.ValidationProblemSchema))
            document.Components.Schemas[ProblemResponses.ValidationProblemSchema] = await context.GetOrCreateSchemaAsync(typeof(HttpValidationProblemDetails), null, cancellationToken);
    }
}
