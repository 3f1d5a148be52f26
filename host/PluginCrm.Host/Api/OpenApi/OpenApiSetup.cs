namespace PluginCrm.Host.Api.OpenApi;

/// <summary>
/// /openapi/v1.json as the API is, for linters and client generators: each concern one transformer, in an order where
/// the later read what the earlier wrote (problems read the roles and the version headers).
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddCrmOpenApi(this IServiceCollection services) =>
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
}
