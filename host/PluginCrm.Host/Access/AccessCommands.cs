using System.CommandLine;
using System.Text.Json;
using PluginCrm.Host.Api;
using PluginCrm.Host.Cli;
using PluginCrm.Sdk.Access;

using PluginCrm.Sdk.Commands;
namespace PluginCrm.Host.Access;

/// <summary><c>crm users add|list|unlock</c>, <c>crm teams add|list|set-manager</c>, <c>crm apikey create|list|revoke</c>.</summary>
public sealed class AccessCommands(ICommandHost host)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public IEnumerable<Command> Create() => [Users(), Teams(), ApiKeys()];

    private Command Users()
    {
        var email = new Option<string>("--email") { Description = "Sign-in e-mail", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name (default: the e-mail)" };
        var role = RoleOption();
        var team = new Option<long?>("--team") { Description = "Team id (see 'crm teams list')" };
        var password = new Option<string?>("--password") { Description = $"Password, at least {AccountRules.MinPasswordLength} characters (or use --password-stdin)" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input" };
        var add = new Command("add", "Create a user who can sign in") { email, name, role, team, password, passwordStdin };
        add.SetAction((parse, ct) => host.WithAsync<UserAccounts>(parse, ct, async accounts =>
        {
            var secret = parse.GetValue(passwordStdin) ? (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n') : parse.GetValue(password);
            if (secret is null)
                throw new CliException("give a password with --password or --password-stdin", exitCode: 2);
            var user = await accounts.AddAsync(new NewUser(parse.GetValue(email), parse.GetValue(name) ?? parse.GetValue(email), parse.GetValue(role), parse.GetValue(team), secret), ct);
            Console.WriteLine($"user {user.Id} {user.Email} ({user.Role.ToString().ToLowerInvariant()}) created");
        }));

        var list = new Command("list", "List users");
        list.SetAction((parse, ct) => host.WithAsync<UserAccounts>(parse, ct, async accounts =>
            TextTable.Print(Console.Out, ["ID", "EMAIL", "NAME", "ROLE", "TEAM", "ACTIVE"], (await accounts.ListAsync(ct)).Select(u =>
                new[] { u.Id.ToString(), u.Email, u.Name, u.Role.ToString().ToLowerInvariant(), u.TeamId?.ToString() ?? "", u.Active ? "yes" : "no" }))));
        var userId = new Argument<long>("id") { Description = "The user's id, from 'crm users list'" };
        var unlock = new Command("unlock", "Lift a user's sign-in lock after failed sign-ins") { userId };
        unlock.SetAction((parse, ct) => host.WithAsync<SignInService>(parse, ct, async signIns =>
        {
            await signIns.UnlockAsync(parse.GetValue(userId), ct);
            Console.WriteLine($"user {parse.GetValue(userId)} may sign in again");
        }));
        return new Command("users", "Manage users") { add, list, unlock };
    }

    private Command Teams()
    {
        var name = new Option<string>("--name") { Description = "Team name", Required = true };
        var region = new Option<string?>("--region") { Description = "Region or office" };
        var add = new Command("add", "Create a team") { name, region };
        add.SetAction((parse, ct) => host.WithAsync<Teams>(parse, ct, async teams =>
        {
            var team = await teams.AddAsync(new NewTeam(parse.GetValue(name), parse.GetValue(region), null), ct);
            Console.WriteLine($"team {team.Id} {team.Name} created");
        }));
        var list = new Command("list", "List teams");
        list.SetAction((parse, ct) => host.WithAsync<Teams>(parse, ct, async teams =>
            TextTable.Print(Console.Out, ["ID", "NAME", "REGION", "MANAGER"], (await teams.ListAsync(ct)).Select(t => new[] { t.Id.ToString(), t.Name, t.Region ?? "", t.ManagerId?.ToString() ?? "" }))));
        var teamId = new Argument<long>("team") { Description = "The team's id, from 'crm teams list'" };
        var managerId = new Argument<long>("user") { Description = "The manager's user id, from 'crm users list'" };
        var setManager = new Command("set-manager", "Make a manager the team's manager (it is told of the team's deadlines and overdue work)") { teamId, managerId };
        setManager.SetAction((parse, ct) => host.WithAsync<Teams>(parse, ct, async teams =>
        {
            var team = (await teams.ListAsync(ct)).SingleOrDefault(t => t.Id == parse.GetValue(teamId)) ?? throw new NotFoundException($"there is no team {parse.GetValue(teamId)}");
            await teams.UpdateAsync(team.Id, new NewTeam(team.Name, team.Region, parse.GetValue(managerId)), ct);
            Console.WriteLine($"team {team.Id} {team.Name} is managed by user {parse.GetValue(managerId)}");
        }));
        return new Command("teams", "Manage teams") { add, list, setManager };
    }

    private Command ApiKeys()
    {
        var name = new Option<string>("--name") { Description = "What the key is for, e.g. the integration's name", Required = true };
        var role = RoleOption();
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var scopes = new Option<string[]?>("--scope") { Description = "Limit the key to area:read or area:write, e.g. leads:write (repeat for more; 'crm apikey scopes' lists them)" };
        var team = new Option<long?>("--team") { Description = "Limit the key to a team's records, as its manager (with --role manager)" };
        var expires = new Option<DateTime?>("--expires") { Description = "When the key stops working (UTC), e.g. 2027-06-30" };
        var perMinute = new Option<int?>("--per-minute") { Description = "Requests a minute the key may make (default: Access:ApiKeyRequestsPerMinute)" };
        var create = new Command("create", "Create an API key and print it once; only its hash is kept") { name, role, scopes, team, expires, perMinute, json };
        create.SetAction((parse, ct) => host.WithAsync<ApiKeys>(parse, ct, async keys =>
        {
            var expiresUtc = parse.GetValue(expires) is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : (DateTime?)null;
            // No --scope at all is an unscoped key (the parser gives an empty list, not none).
            var scoped = parse.GetValue(scopes) is { Length: > 0 } given ? given : null;
            var request = new NewApiKeyRequest(parse.GetValue(name), parse.GetValue(role), scoped, parse.GetValue(team), expiresUtc, parse.GetValue(perMinute));
            var key = await keys.CreateAsync(request, ct);
            Console.WriteLine(parse.GetValue(json) ? JsonSerializer.Serialize(key, Json) : key.Key);
        }));
        var list = new Command("list", "List API keys (never the keys themselves)");
        list.SetAction((parse, ct) => host.WithAsync<ApiKeys>(parse, ct, async keys =>
            TextTable.Print(Console.Out, ["ID", "NAME", "ROLE", "SCOPES", "TEAM", "CREATED", "EXPIRES", "REVOKED"], (await keys.ListAsync(ct)).Select(k => new[]
            {
                k.Id.ToString(), k.Name, k.Role.ToString().ToLowerInvariant(), k.Scopes is null ? "all" : string.Join(" ", k.Scopes), k.TeamId?.ToString() ?? "",
                k.CreatedUtc.ToString("u"), k.ExpiresUtc?.ToString("u") ?? "", k.RevokedUtc?.ToString("u") ?? "",
            }))));
        var available = new Command("scopes", "List the scopes a key may be given");
        available.SetAction((parse, ct) => host.WithAsync<ApiKeys>(parse, ct, keys =>
        {
            foreach (var scope in keys.AvailableScopes)
                Console.WriteLine(scope);
            return Task.CompletedTask;
        }));
        var id = new Argument<long>("id") { Description = "The key's id, from 'crm apikey list'" };
        var revoke = new Command("revoke", "Revoke an API key at once, in every host process") { id };
        revoke.SetAction((parse, ct) => host.WithAsync<ApiKeys>(parse, ct, async keys =>
        {
            await keys.RevokeAsync(parse.GetValue(id), ct);
            Console.WriteLine($"API key {parse.GetValue(id)} revoked");
        }));
        return new Command("apikey", "Manage API keys for integrations") { create, list, available, revoke };
    }

    private static Option<CrmRole> RoleOption() => new("--role")
    {
        Description = "admin, manager or rep",
        Required = true,
        CustomParser = result =>
        {
            if (Enum.TryParse<CrmRole>(result.Tokens.Single().Value, ignoreCase: true, out var role) && Enum.IsDefined(role))
                return role;
            result.AddError($"--role '{result.Tokens.Single().Value}' must be admin, manager or rep");
            return default;
        },
    };

}
