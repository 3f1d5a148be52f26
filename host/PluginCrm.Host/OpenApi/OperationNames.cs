using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PluginCrm.Host.OpenApi;

/// <summary>
/// An operationId and a summary on every operation (generated clients name their methods after the one, people read the
/// other); an endpoint's own <c>WithName</c> and <c>WithSummary</c> win.
/// </summary>
public sealed class OperationNames : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        operation.OperationId ??= OperationName.Of(description.HttpMethod ?? "GET", description.RelativePath ?? "");
        if (string.IsNullOrWhiteSpace(operation.Summary))
            operation.Summary = OperationName.Summary(operation.OperationId);
        return Task.CompletedTask;
    }
}
