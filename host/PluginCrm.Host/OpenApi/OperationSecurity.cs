using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PluginCrm.Host.OpenApi;

/// <summary>
/// Who may call each operation, read from the endpoint's own authorization metadata so it cannot drift from what is
/// enforced: <c>security: []</c> for an anonymous one; otherwise either scheme of <see cref="SecuritySchemes"/>, the roles
/// its policies require in <c>x-crm-roles</c> (every role when any signed-in caller will do) and a sentence saying so.
/// </summary>
public sealed class OperationSecurity(IAuthorizationPolicyProvider policies) : IOpenApiOperationTransformer
{
    private static readonly string[] AllRoles = ["admin", "manager", "rep"];

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            operation.Description = Sentence(operation.Description, "No sign-in needed.");
            return;
        }
        operation.Security =
        [
            new() { [new OpenApiSecuritySchemeReference(SecuritySchemes.Session, context.Document)] = [] },
            new() { [new OpenApiSecuritySchemeReference(SecuritySchemes.ApiKey, context.Document)] = [] },
        ];
        var roles = await RolesAsync(metadata);
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[Roles] = new JsonNodeExtension(new JsonArray([.. roles.Select(r => JsonValue.Create(r))]));
        operation.Description = Sentence(operation.Description, roles.Count == AllRoles.Length ? "Any signed-in user." : $"Roles: {string.Join(", ", roles)}.");
    }

    public const string Roles = "x-crm-roles";

    /// <summary>The roles every one of the endpoint's policies allows (the fallback policy asks only for a caller).</summary>
    public static bool RequiresRole(OpenApiOperation operation) =>
        operation.Extensions?.TryGetValue(Roles, out var roles) == true && roles is JsonNodeExtension { Node: JsonArray array } && array.Count < AllRoles.Length;

    private async Task<List<string>> RolesAsync(IList<object> metadata)
    {
        var requirements = metadata.OfType<AuthorizationPolicy>().SelectMany(p => p.Requirements).ToList();
        foreach (var data in metadata.OfType<IAuthorizeData>())
        {
            if (data.Policy is { } name && await policies.GetPolicyAsync(name) is { } policy)
                requirements.AddRange(policy.Requirements);
            if (data.Roles is { } listed)
                requirements.Add(new RolesAuthorizationRequirement(listed.Split(',', StringSplitOptions.TrimEntries)));
        }
        var allowed = AllRoles.ToList();
        foreach (var roles in requirements.OfType<RolesAuthorizationRequirement>())
            allowed.RemoveAll(r => !roles.AllowedRoles.Contains(r, StringComparer.OrdinalIgnoreCase));
        return allowed;
    }

    private static string Sentence(string? description, string sentence) =>
        string.IsNullOrWhiteSpace(description) ? sentence : $"{description.TrimEnd()} {sentence}";
}
