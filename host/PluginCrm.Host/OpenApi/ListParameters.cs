using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PluginCrm.Host.Api;

namespace PluginCrm.Host.OpenApi;

/// <summary>
/// The query parameters of a list that reads its query string by hand (<see cref="ListQueryMetadata"/>): page, pageSize,
/// sort (its keys as an enum, so a client cannot send one the list refuses), includeDeleted, and each filter.
/// </summary>
public sealed class ListParameters : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ListQueryMetadata>().LastOrDefault() is not { } list)
            return Task.CompletedTask;
        operation.Parameters ??= [];
        if (list.Pages)
        {
            operation.Parameters.Add(Query("page", "The page to answer, from 1 (default 1).", new() { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" }));
            operation.Parameters.Add(Query("pageSize", $"Items per page (default 50, at most {Paging.MaxPageSize}).",
                new() { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = Paging.MaxPageSize.ToString() }));
            var keys = list.SortKeys.Prepend("id").Distinct().ToList();
            operation.Parameters.Add(Query("sort", "A sort key, ascending; with a leading '-' descending (default id).",
                new() { Type = JsonSchemaType.String, Enum = [.. keys.Concat(keys.Select(k => "-" + k)).Select(k => (JsonNode)JsonValue.Create(k))] }));
            operation.Parameters.Add(Query("includeDeleted", "Admins only: include soft-deleted records.", new() { Type = JsonSchemaType.Boolean }));
        }
        foreach (var filter in list.Filters)
            operation.Parameters.Add(Query(filter, $"A filter of {list.Route}: only those matching the value.", new() { Type = JsonSchemaType.String }));
        return Task.CompletedTask;
    }

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema) =>
        new() { Name = name, In = ParameterLocation.Query, Description = description, Schema = schema };
}
