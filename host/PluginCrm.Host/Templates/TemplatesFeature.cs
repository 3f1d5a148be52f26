using System.CommandLine;
using Microsoft.AspNetCore.Http.HttpResults;
using PluginCrm.Host.Access;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Templates.Functions;
using PluginCrm.Host.Templates.Preview;
using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Host.Templates.Store;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Templates;

/// <summary><c>/api/templates</c>: admins save, version, restore, delete and preview templates.</summary>
public static class TemplatesFeature
{
    public static IEnumerable<Command> Commands(ICommandHost host) => [new TemplatesCommand(host).Create()];

    public static void AddTemplates(this IServiceCollection services)
    {
        services.AddSingleton<Api.IProblemMapper, Rendering.RenderProblem>();
        services.AddSingleton<TemplateFunctionRegistry>();
        services.AddSingleton<TemplateParser>();
        services.AddSingleton(sp => new FunctionGlobals(
            sp.GetRequiredService<TemplateFunctionRegistry>().Plugins, new HostTemplateFunctions(sp.GetRequiredService<TimeProvider>())));
        // Scoped: plugin functions are resolved from the scope of the render, and each scope reads the switches anew.
        services.AddScoped(sp => new TemplateRenderer(
            sp.GetRequiredService<TemplateParser>(), sp.GetRequiredService<FunctionGlobals>(), sp, sp.GetRequiredService<ModuleSwitches>().EnabledIds));
        services.AddScoped<TemplateStore>();
        services.AddScoped<TemplatePreview>();
        services.AddSingleton<Rules.RuleParser>();
        services.AddScoped<Rules.RuleEngine>();
        services.AddScoped<Sdk.Templates.IRuleEvaluator, Rules.RuleEvaluator>();
        services.AddScoped<Sdk.Templates.IDocumentTemplates, ForPlugins.DocumentTemplates>();
    }

    public static void MapTemplates(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/templates").RequireAuthorization(AccessPolicies.Admin).WithTags("templates");
        api.MapGet("/", (TemplateStore store, CancellationToken ct) => store.ListAsync(ct));
        api.MapGet("/{key}", (string key, TemplateStore store, CancellationToken ct) => store.GetAsync(key, ct));
        api.MapGet("/{key}/versions", (string key, TemplateStore store, CancellationToken ct) => store.VersionsAsync(key, ct));
        api.MapGet("/{key}/versions/{number:int}", (string key, int number, TemplateStore store, CancellationToken ct) => store.VersionAsync(key, number, ct));
        api.MapPut("/{key}", async Task<Results<Created<TemplateView>, Ok<TemplateView>>> (string key, TemplateInput input, TemplateStore store, HttpContext http, CancellationToken ct) =>
        {
            var (view, created) = await store.SaveAsync(key, input, http.User.ToActingUser(), ct);
            return created ? TypedResults.Created($"/api/templates/{key}", view) : TypedResults.Ok(view);
        });
        api.MapPost("/{key}/versions/{number:int}/restore", (string key, int number, TemplateStore store, HttpContext http, CancellationToken ct) =>
            store.RestoreAsync(key, number, http.User.ToActingUser(), ct));
        api.MapDelete("/{key}", async (string key, TemplateStore store, CancellationToken ct) =>
        {
            await store.DeleteAsync(key, ct);
            return TypedResults.NoContent();
        });
        // "preview" as a literal segment ranks above {key}, so no template can shadow it.
        api.MapPost("/preview", (PreviewInput input, TemplatePreview preview, HttpContext http, CancellationToken ct) =>
            preview.UnsavedAsync(input, http.User.ToActingUser(), ct));
        api.MapPost("/{key}/preview", (string key, PreviewInput input, TemplatePreview preview, HttpContext http, CancellationToken ct) =>
            preview.SavedAsync(key, input, http.User.ToActingUser(), ct));
    }
}
