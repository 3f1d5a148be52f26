namespace PluginCrm.Host.OpenApi;

/// <summary>
/// /openapi/v1.json as the API is, for linters and client generators: each concern one transformer, in an order where
/// the later read what the earlier wrote (problems read the roles and the version headers).
/// </summary>
public static class OpenApiFeature
{
    public static void AddOpenApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<DocumentInfo>();
            o.AddDocumentTransformer<SecuritySchemes>();
            o.AddDocumentTransformer<ProblemSchemas>();
            o.AddDocumentTransformer<TagDescriptions>();
            o.AddOperationTransformer<OperationNames>();
            o.AddOperationTransformer<OperationTags>();
            o.AddOperationTransformer<OperationSecurity>();
            o.AddOperationTransformer<ListParameters>();
            o.AddOperationTransformer<VersionHeaders>();
            o.AddOperationTransformer<ProblemResponses>();
        });

    /// <summary>/openapi/v1.json, behind sign-in like the rest.</summary>
    public static void MapOpenApiDocument(this IEndpointRouteBuilder app) => app.MapOpenApi();
}
