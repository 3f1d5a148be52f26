using System.Text.Json;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Cli;

/// <summary><c>crm tenants add|list|remove</c>, and <c>--tenant</c> choosing the database every other command works on.</summary>
public sealed class TenantsCommandTests : IDisposable
{
    private readonly TempFolder data = new();
    private readonly TempFolder elsewhere = new();

    public void Dispose()
    {
        data.Dispose();
        elsewhere.Dispose();
    }

    private Task<CliRunner.Result> Crm(params string[] args) => CliRunner.RunAsync([.. args, "--data-dir", data.Path]);

    private static void OneLine(CliRunner.Result result, int exit, string says)
    {
        Assert.Equal(exit, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(says, result.Error);
    }

    [Fact]
    public async Task Tenants_are_added_listed_and_removed_and_a_removed_ones_database_is_kept()
    {
        var acme = await Crm("tenants", "add", "acme", "--host", "Acme.Example.com", "--host", "crm.acme.example");
        var beta = await Crm("tenants", "add", "beta", "--database", $"sqlite:{elsewhere.Path}");
        var list = await Crm("tenants", "list");
        var json = await Crm("tenants", "list", "--json");

        Assert.Equal(0, acme.ExitCode);
        Assert.Contains($"its database is {Path.Combine(data.Path, "tenants", "acme", "crm.db")}; host acme.example.com, crm.acme.example", acme.Out);
        Assert.Equal(0, beta.ExitCode);
        Assert.Matches(@"acme\s+acme.example.com crm.acme.example\s+" + System.Text.RegularExpressions.Regex.Escape(Path.Combine(data.Path, "tenants", "acme", "crm.db")), list.Out);
        Assert.Matches(@"beta\s+-\s+" + System.Text.RegularExpressions.Regex.Escape(Path.Combine(elsewhere.Path, "crm.db")), list.Out);
        var rows = JsonDocument.Parse(json.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(["acme", "beta"], rows.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(["acme.example.com", "crm.acme.example"], rows[0].GetProperty("hosts").EnumerateArray().Select(h => h.GetString()));

        Assert.Equal(0, (await Crm("users", "add", "--tenant", "beta", "--email", "kept@example.com", "--role", "admin", "--password", "long enough password")).ExitCode);
        var removed = await Crm("tenants", "remove", "beta");
        Assert.Equal(0, removed.ExitCode);
        Assert.Contains($"its database {Path.Combine(elsewhere.Path, "crm.db")} is kept", removed.Out);
        Assert.True(File.Exists(Path.Combine(elsewhere.Path, "crm.db")));
        Assert.DoesNotContain("beta", (await Crm("tenants", "list")).Out);

        // Added again on the same database, it is the company it was.
        Assert.Equal(0, (await Crm("tenants", "add", "beta", "--database", $"sqlite:{elsewhere.Path}")).ExitCode);
        Assert.Contains("kept@example.com", (await Crm("users", "list", "--tenant", "beta")).Out);
    }

    [Fact]
    public async Task What_tenants_add_refuses_is_one_line_each()
    {
        Assert.Equal(0, (await Crm("tenants", "add", "acme", "--host", "acme.example.com")).ExitCode);

        OneLine(await Crm("tenants", "add", "Acme"), 2, "'Acme' is not a tenant name");
        OneLine(await Crm("tenants", "add", "-acme"), 2, "");
        OneLine(await Crm("tenants", "add", "acme"), 1, "there is a tenant 'acme' already");
        OneLine(await Crm("tenants", "add", "beta", "--host", "ACME.example.com"), 1, "the host name acme.example.com is tenant acme's already");
        OneLine(await Crm("tenants", "add", "beta", "--host", "http://beta.example.com"), 2, "is not a host name");
        OneLine(await Crm("tenants", "add", "beta", "--database", "mysql:Server=x"), 2, "'mysql:' is not a database the CRM runs on");
        OneLine(await Crm("tenants", "add", "beta", "--database", $"sqlite:{Path.Combine(data.Path, "tenants", "acme")}"), 1, "is tenant acme's database already");
        OneLine(await Crm("tenants", "remove", "nobody"), 1, "there is no tenant 'nobody'");
        OneLine(await Crm("tenants", "list", "--tenant", "acme"), 2, "leave out --tenant");
        Assert.Equal(["acme"], JsonDocument.Parse((await Crm("tenants", "list", "--json")).Out).RootElement.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Each_command_works_on_the_tenant_it_names_none_is_refused_once_there_are_tenants_and_migrate_does_them_all()
    {
        Assert.Equal(0, (await Crm("users", "add", "--email", "before@example.com", "--role", "admin", "--password", "long enough password")).ExitCode);
        Assert.Equal(0, (await Crm("tenants", "add", "acme")).ExitCode);
        Assert.Equal(0, (await Crm("tenants", "add", "beta")).ExitCode);

        Assert.Equal(0, (await Crm("users", "add", "--tenant", "acme", "--email", "ann@acme.example", "--role", "admin", "--password", "long enough password")).ExitCode);
        Assert.Equal(0, (await Crm("plugins", "disable", "notes", "--tenant", "acme")).ExitCode);
        var acmeUsers = await Crm("users", "list", "--tenant", "acme");
        var betaUsers = await Crm("users", "list", "--tenant", "beta");

        Assert.Contains("ann@acme.example", acmeUsers.Out);
        Assert.DoesNotContain("before@example.com", acmeUsers.Out);
        Assert.DoesNotContain("ann@acme.example", betaUsers.Out);
        Assert.Matches(@"notes\s+\S+\s+disabled", (await Crm("plugins", "list", "--tenant", "acme")).Out);
        Assert.Matches(@"notes\s+\S+\s+enabled", (await Crm("plugins", "list", "--tenant", "beta")).Out);
        Assert.True(File.Exists(Path.Combine(data.Path, "tenants", "acme", "crm.db")));

        OneLine(await Crm("users", "list"), 2, "this data folder serves tenants (acme, beta): name one with --tenant");
        var migrated = await Crm("migrate");
        Assert.Equal(0, migrated.ExitCode);
        Assert.Contains($"tenant acme: {Path.Combine(data.Path, "tenants", "acme", "crm.db")} is up to date", migrated.Out);
        Assert.Contains($"tenant beta: {Path.Combine(data.Path, "tenants", "beta", "crm.db")} is up to date", migrated.Out);
        OneLine(await Crm("users", "list", "--tenant", "nope"), 2, "there is no tenant 'nope'");
        // A plugin's own command takes --tenant where any global option stands.
        OneLine(await Crm("--tenant", "nope", "scoring", "run"), 2, "there is no tenant 'nope'");
    }

    [Fact]
    public async Task A_tenants_file_naming_a_folder_outside_is_refused_in_one_line()
    {
        await File.WriteAllTextAsync(Path.Combine(data.Path, "tenants.json"), """{"tenants":[{"name":"../../elsewhere","hosts":[]}]}""");

        OneLine(await Crm("tenants", "list"), 2, "'../../elsewhere' is not a tenant name");
        OneLine(await Crm("users", "list", "--tenant", "elsewhere"), 2, "'../../elsewhere' is not a tenant name");
    }
}
