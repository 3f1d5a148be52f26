using PluginCrm.Host.Tests.Authoring;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.OpenApi;

/// <summary>
/// The integrator's path, with the tools they used: /openapi/v1.json (built-in plugins loaded) linted by Redocly's
/// recommended rules with no error, an openapi-typescript client generated from it, a script using that client through
/// openapi-fetch type-checked by tsc (a query parameter or body missing from the document fails here), then run with
/// node against this host. The tools come from OpenApi/client's lock file, installed by the test project's build
/// (InstallOpenApiClientTools) before the tests run. The document and the tools do not change with the database, so it
/// runs once, in the SQLite run (trait Database=SQLite); the calls it makes are the record API's, which runs on both.
/// </summary>
[Trait("Database", "SQLite")]
public sealed class OpenApiClientTests(BuiltInHost fixture) : IClassFixture<BuiltInHost>
{
    private static readonly string Client = Path.Combine(TestPaths.RepoRoot, "tests/PluginCrm.Host.Tests/OpenApi/client");
    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_generated_typescript_client_lints_type_checks_and_signs_in_lists_creates_and_updates_with_if_match()
    {
        var tools = Path.Combine(Client, "node_modules", ".bin");
        Assert.True(Directory.Exists(tools), $"{tools} is missing: 'dotnet test' installs it with npm ci before the tests run");
        var host = fixture.Host;
        var (user, signedIn) = await host.SignedInUserAsync("openapi-client@example.com", CrmRole.Admin);
        var work = Directory.CreateTempSubdirectory("plugincrm-openapi-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(work, "openapi.json"), await signedIn.GetStringAsync("/openapi/v1.json"));
            foreach (var file in new[] { "tsconfig.json", "check.mts" })
                File.Copy(Path.Combine(Client, file), Path.Combine(work, file));
            Directory.CreateSymbolicLink(Path.Combine(work, "node_modules"), Path.Combine(Client, "node_modules"));
            var environment = new Dictionary<string, string>
            {
                ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1",
                ["CRM_BASE_URL"] = host.Client.BaseAddress!.ToString().TrimEnd('/'), ["CRM_EMAIL"] = user.Email, ["CRM_PASSWORD"] = CrmTestHost.Password,
            };

            (await Command.RunAsync("redocly lint", work, environment, StepLimit, Path.Combine(tools, "redocly"),
                "lint", "openapi.json", "--config", Path.Combine(Client, "redocly.yaml"), "--format", "stylish")).Succeeded();
            (await Command.RunAsync("openapi-typescript", work, environment, StepLimit, Path.Combine(tools, "openapi-typescript"),
                "openapi.json", "--output", "api.d.ts")).Succeeded();
            (await Command.RunAsync("tsc", work, environment, StepLimit, Path.Combine(tools, "tsc"), "-p", "tsconfig.json")).Succeeded();
            (await Command.RunAsync("node check.mjs", work, environment, StepLimit, "node", Path.Combine("out", "check.mjs"))).Succeeded();
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
