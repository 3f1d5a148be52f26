using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Cli;

/// <summary><c>crm teams set-manager</c> and <c>crm users unlock</c>, as an admin scripts them.</summary>
public sealed class AccessCommandTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    private Task<CliRunner.Result> Crm(params string[] args) => CliRunner.RunAsync([.. args, "--data-dir", data.Path]);

    [Fact]
    public async Task A_team_gets_its_manager_from_the_command_line_and_a_wrong_one_is_one_line_and_exit_1()
    {
        Assert.Equal(0, (await Crm("teams", "add", "--name", "East")).ExitCode);
        Assert.Equal(0, (await Crm("users", "add", "--email", "boss@example.com", "--role", "manager", "--password", "long enough password")).ExitCode);
        Assert.Equal(0, (await Crm("users", "add", "--email", "rep@example.com", "--role", "rep", "--password", "long enough password")).ExitCode);

        var wrong = await Crm("teams", "set-manager", "1", "2");
        var set = await Crm("teams", "set-manager", "1", "1");
        var list = await Crm("teams", "list");

        Assert.Equal(1, wrong.ExitCode);
        Assert.Single(wrong.Error.Trim().Split('\n'));
        Assert.Contains("a team is managed by a manager", wrong.Error);
        Assert.Equal((0, "team 1 East is managed by user 1"), (set.ExitCode, set.Out.Trim()));
        Assert.Matches(@"1\s+East\s+1", list.Out);
        Assert.Equal(1, (await Crm("teams", "set-manager", "9", "1")).ExitCode);
    }

    [Fact]
    public async Task A_scoped_key_is_made_from_the_command_line_and_a_wrong_scope_is_one_line_and_exit_1()
    {
        var scopes = await Crm("apikey", "scopes");
        var shop = await Crm("apikey", "create", "--name", "shop", "--role", "admin", "--scope", "orders:write", "--scope", "customers:write", "--per-minute", "60", "--expires", "2030-01-01");
        var wrong = await Crm("apikey", "create", "--name", "bad", "--role", "admin", "--scope", "orders:delete");
        var whole = await Crm("apikey", "create", "--name", "whole", "--role", "rep");
        var list = await Crm("apikey", "list");

        Assert.Contains("orders:write", scopes.Out.Split('\n').Select(l => l.Trim()));
        Assert.Equal(0, shop.ExitCode);
        Assert.StartsWith("crm_k_", shop.Out.Trim());
        Assert.Equal(1, wrong.ExitCode);
        Assert.Single(wrong.Error.Trim().Split('\n'));
        Assert.Contains("'orders:delete' is not a scope", wrong.Error);
        Assert.Equal(0, whole.ExitCode);
        Assert.Matches(@"shop\s+admin\s+orders:write customers:write\s+", list.Out);
        Assert.Contains("2030-01-01 00:00:00Z", list.Out);
        Assert.Matches(@"whole\s+rep\s+all\s+", list.Out);
    }

    [Fact]
    public async Task A_user_added_outside_the_test_kit_gets_the_full_password_cost()
    {
        Assert.Equal(0, (await Crm("users", "add", "--email", "cost@example.com", "--role", "rep", "--password", "long enough password")).ExitCode);

        await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data.Path, "crm.db")};Pooling=false");
        await db.OpenAsync();
        var command = db.CreateCommand();
        command.CommandText = "SELECT PasswordHash FROM users WHERE Email = 'cost@example.com'";
        var stored = (string)(await command.ExecuteScalarAsync())!;

        Assert.StartsWith($"pbkdf2-sha256${PluginCrm.Host.Access.PasswordCost.DefaultIterations}$", stored);
    }

    [Fact]
    public async Task Unlocking_an_unknown_user_exits_1()
    {
        var result = await Crm("users", "unlock", "42");

        Assert.Equal((1, "crm: there is no user 42"), (result.ExitCode, result.Error.Trim()));
    }
}
