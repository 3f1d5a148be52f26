using System.CommandLine;
using PluginCrm.Host.Cli;

namespace PluginCrm.Host.Access;

/// <summary>Sign-in, users, teams, API keys, record shares and the audit: who may do what, and what they did.</summary>
public static class AccessFeature
{
    public static void AddAccess(this IServiceCollection services, AccessOptions options)
    {
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddCrmAccess();
        services.AddSingleton<SignInThrottling>();
        services.AddScoped<AccountChanges>();
        services.AddScoped<DirectoryChanges>();
        services.AddSingleton(PasswordCost.Default);
        services.AddScoped<UserAccounts>();
        services.AddScoped<UserLanguages>();
        services.AddScoped<Teams>();
        services.AddScoped<ApiKeys>();
        services.AddSingleton<ApiAreas>();
        services.AddScoped<SignInService>();
        services.AddSingleton<AuditTrail>();
        services.AddScoped<Sdk.Access.IRecordSharing, RecordSharing>();
    }

    public static void MapAccess(this IEndpointRouteBuilder app)
    {
        app.ServiceProvider.GetRequiredService<ApiAreas>().ReadFrom(app);
        app.MapAccessApi();
        app.MapAuditApi();
    }

    public static IEnumerable<Command> Commands(ICommandHost host) => new AccessCommands(host).Create();
}
