using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PluginCrm.Host.Access;

namespace PluginCrm.Host.OpenApi;

/// <summary>
/// The two ways to call the API, both <c>Authorization: Bearer &lt;secret&gt;</c> and told apart by the secret's prefix
/// (<see cref="Tokens"/>, read by <see cref="CrmAuthenticationHandler"/>): a session token from sign-in, or an API key.
/// </summary>
public sealed class SecuritySchemes : IOpenApiDocumentTransformer
{
    public const string Session = "session", ApiKey = "apiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Session] = Bearer($"{Tokens.SessionPrefix}...",
            $"A session token from POST /api/auth/sign-in (it starts with {Tokens.SessionPrefix}); it expires, and sign-out revokes it.");
        document.Components.SecuritySchemes[ApiKey] = Bearer($"{Tokens.ApiKeyPrefix}...",
            $"An API key made by an admin (it starts with {Tokens.ApiKeyPrefix}); it acts with the role it was made with until revoked.");
        return Task.CompletedTask;
    }

    private static OpenApiSecurityScheme Bearer(string format, string description) =>
        new() { Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = format, Description = description };
}
