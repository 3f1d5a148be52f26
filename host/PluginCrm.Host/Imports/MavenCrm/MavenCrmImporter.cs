using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access;
using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Imports.MavenCrm;

/// <summary>
/// Imports Maven Analytics' "CRM Sales Opportunities": accounts as companies, products, sales teams as users
/// (agents are reps, managers are managers) in one team per manager, and the pipeline as deals. The source's
/// quirks are handled: the sector "technolgy", the product "GTXPro" for "GTX Pro", open deals without an
/// account, prospecting deals without an engage date. Natural keys (company and product names, user e-mails
/// made from names, opportunity ids) make a second run change nothing.
/// </summary>
public sealed class MavenCrmImporter(UserAccounts accounts, Teams teamAccounts)
{
    public const string Domain = "maven.example";

    public async Task ImportAsync(ImportSession session, string directory, CancellationToken ct)
    {
        var companies = await ImportAccountsAsync(session, Path.Combine(directory, "accounts.csv"), ct);
        var products = await ImportProductsAsync(session, Path.Combine(directory, "products.csv"), ct);
        var agents = await ImportTeamsAsync(session, Path.Combine(directory, "sales_teams.csv"), ct);
        await ImportPipelineAsync(session, Path.Combine(directory, "sales_pipeline.csv"), companies, products, agents, ct);
    }

    public static string EmailOf(string name) => $"{string.Join('.', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))}@{Domain}";

    private static async Task<Dictionary<string, long>> ImportAccountsAsync(ImportSession session, string path, CancellationToken ct)
    {
        const string file = "accounts.csv";
        var existing = (await session.Db.Companies.AsNoTracking().ToListAsync(ct)).ToDictionary(c => c.Name, CoreRecords.Companies.ToRecord);
        var parents = new List<(int Row, string Company, string Parent)>();
        session.Progress.Start("companies", CsvFiles.CountRows(path));
        using (var csv = CsvFiles.Open(path, "account", "sector", "revenue", "employees", "office_location", "subsidiary_of"))
        {
            while (await csv.ReadAsync())
            {
                var row = csv.Parser.Row;
                var name = CsvFiles.Text(csv, "account");
                if (name is null)
                {
                    session.Error(file, row, "account", "is empty");
                    continue;
                }
                var revenue = Number(session, csv, file, row, "revenue");
                var employees = Number(session, csv, file, row, "employees");
                var before = existing.GetValueOrDefault(name);
                var wanted = new CompanyRecord(0, name, Sector(CsvFiles.Text(csv, "sector")), CsvFiles.Text(csv, "office_location"),
                    employees is null ? null : (int)employees, revenue * 1_000_000m, before?.ParentId, default, default, 0);
                if (await session.UpsertAsync(CoreRecords.Companies, before, wanted, file, row, ct) is { } saved)
                    existing[name] = saved;
                if (CsvFiles.Text(csv, "subsidiary_of") is { } parent)
                    parents.Add((row, name, parent));
                session.Progress.Advance();
            }
        }

        // Parents are set in a second pass: a subsidiary may come before its parent in the file.
        foreach (var (row, company, parent) in parents)
        {
            if (!existing.TryGetValue(parent, out var parentRecord))
                session.Error(file, row, "subsidiary_of", $"no account named '{parent}'");
            else if (existing.TryGetValue(company, out var child) && child.ParentId != parentRecord.Id)
                existing[company] = await session.UpsertAsync(CoreRecords.Companies, child, child with { ParentId = parentRecord.Id }, file, row, ct) ?? child;
        }
        return existing.ToDictionary(c => c.Key, c => c.Value.Id);
    }

    private static async Task<Dictionary<string, long>> ImportProductsAsync(ImportSession session, string path, CancellationToken ct)
    {
        const string file = "products.csv";
        var existing = (await session.Db.Products.AsNoTracking().ToListAsync(ct)).ToDictionary(p => p.Code, CoreRecords.Products.ToRecord);
        using var csv = CsvFiles.Open(path, "product", "series", "sales_price");
        while (await csv.ReadAsync())
        {
            var row = csv.Parser.Row;
            var name = CsvFiles.Text(csv, "product");
            if (name is null)
            {
                session.Error(file, row, "product", "is empty");
                continue;
            }
            var wanted = new ProductRecord(0, name, name, CsvFiles.Text(csv, "series"), Number(session, csv, file, row, "sales_price"), default, default, 0);
            if (await session.UpsertAsync(CoreRecords.Products, existing.GetValueOrDefault(name), wanted, file, row, ct) is { } saved)
                existing[name] = saved;
        }
        return existing.ToDictionary(p => ProductKey(p.Key), p => p.Value.Id);
    }

    private async Task<Dictionary<string, (long UserId, long TeamId)>> ImportTeamsAsync(ImportSession session, string path, CancellationToken ct)
    {
        const string file = "sales_teams.csv";
        var rows = new List<(int Row, string Agent, string Manager, string? Office)>();
        using (var csv = CsvFiles.Open(path, "sales_agent", "manager", "regional_office"))
        {
            while (await csv.ReadAsync())
            {
                var (agent, manager) = (CsvFiles.Text(csv, "sales_agent"), CsvFiles.Text(csv, "manager"));
                if (agent is null || manager is null)
                    session.Error(file, csv.Parser.Row, agent is null ? "sales_agent" : "manager", "is empty");
                else
                    rows.Add((csv.Parser.Row, agent, manager, CsvFiles.Text(csv, "regional_office")));
            }
        }

        var existing = (await teamAccounts.ListAsync(ct)).ToDictionary(t => t.Name);
        var teams = existing.ToDictionary(t => t.Key, t => t.Value.Id);
        var users = (await accounts.ListAsync(ct)).ToDictionary(u => u.Email, u => u.Id);
        foreach (var (_, _, manager, office) in rows.DistinctBy(r => r.Manager))
        {
            var teamName = $"Team {manager}";
            if (!teams.ContainsKey(teamName))
            {
                teams[teamName] = (await teamAccounts.AddAsync(new NewTeam(teamName, office, null), ct)).Id;
                session.Count("team");
            }
            var managerId = await EnsureUserAsync(session, users, manager, CrmRole.Manager, teams[teamName], ct);
            // The team's manager is told of its deadlines and overdue work; a team that has one keeps it.
            if (existing.GetValueOrDefault(teamName) is not { ManagerId: not null })
                await teamAccounts.UpdateAsync(teams[teamName], new NewTeam(teamName, office, managerId), ct);
        }

        var agents = new Dictionary<string, (long, long)>();
        foreach (var (_, agent, manager, _) in rows)
        {
            var team = teams[$"Team {manager}"];
            agents[agent] = (await EnsureUserAsync(session, users, agent, CrmRole.Rep, team, ct), team);
        }
        return agents;
    }

    private async Task<long> EnsureUserAsync(ImportSession session, Dictionary<string, long> users, string name, CrmRole role, long team, CancellationToken ct)
    {
        var email = EmailOf(name);
        if (!users.TryGetValue(email, out var id))
        {
            users[email] = id = (await accounts.AddAsync(new NewUser(email, name, role, team, Password: null), ct)).Id;
            session.Count("user");
        }
        return id;
    }

    private static async Task ImportPipelineAsync(
        ImportSession session, string path, Dictionary<string, long> companies, Dictionary<string, long> products,
        Dictionary<string, (long UserId, long TeamId)> agents, CancellationToken ct)
    {
        const string file = "sales_pipeline.csv";
        var existing = (await session.Db.Deals.AsNoTracking().Where(d => d.ExternalId != null).ToListAsync(ct))
            .ToDictionary(d => d.ExternalId!, CoreRecords.Deals.ToRecord);
        session.Progress.Start("deals", CsvFiles.CountRows(path));
        using var csv = CsvFiles.Open(path, "opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date", "close_value");
        while (await csv.ReadAsync())
        {
            session.Progress.Advance();
            var row = csv.Parser.Row;
            var id = CsvFiles.Text(csv, "opportunity_id");
            var agent = CsvFiles.Text(csv, "sales_agent");
            var product = CsvFiles.Text(csv, "product");
            var account = CsvFiles.Text(csv, "account");
            var errorsBefore = session.ErrorCount;
            if (id is null)
                session.Error(file, row, "opportunity_id", "is empty");
            if (agent is null || !agents.ContainsKey(agent))
                session.Error(file, row, "sales_agent", $"'{agent}' is not in sales_teams.csv");
            if (product is null || !products.ContainsKey(ProductKey(product)))
                session.Error(file, row, "product", $"'{product}' is not in products.csv");
            if (account is not null && !companies.ContainsKey(account))
                session.Error(file, row, "account", $"'{account}' is not in accounts.csv");
            var stage = Stage(session, csv, file, row);
            var engaged = Date(session, csv, file, row, "engage_date");
            var closed = Date(session, csv, file, row, "close_date");
            var value = Number(session, csv, file, row, "close_value");
            if (session.ErrorCount > errorsBefore)
                continue;

            var (owner, team) = agents[agent!];
            var wanted = new DealRecord(0, $"{product} for {account ?? "an unnamed account"}", account is null ? null : companies[account], null,
                products[ProductKey(product!)], owner, team, stage, value, engaged, closed, id, default, default, 0);
            await session.UpsertAsync(CoreRecords.Deals, existing.GetValueOrDefault(id!), wanted, file, row, ct);
        }
    }

    // "GTXPro" in the pipeline is "GTX Pro" in products.csv: compare names without spaces or case.
    private static string ProductKey(string name) => name.Replace(" ", "").ToLowerInvariant();

    // The source misspells "technology" as "technolgy".
    private static string? Sector(string? sector) => sector == "technolgy" ? "technology" : sector;

    private static DealStage Stage(ImportSession session, CsvHelper.CsvReader csv, string file, int row)
    {
        switch (CsvFiles.Text(csv, "deal_stage"))
        {
            case "Prospecting": return DealStage.Lead;
            case "Engaging": return DealStage.Qualified;
            case "Won": return DealStage.Won;
            case "Lost": return DealStage.Lost;
            case var other:
                session.Error(file, row, "deal_stage", $"'{other}' is not Prospecting, Engaging, Won or Lost");
                return DealStage.Lead;
        }
    }

    private static DateOnly? Date(ImportSession session, CsvHelper.CsvReader csv, string file, int row, string column)
    {
        var text = CsvFiles.Text(csv, column);
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        session.Error(file, row, column, $"'{text}' is not a date in the form 2017-03-01");
        return null;
    }

    private static decimal? Number(ImportSession session, CsvHelper.CsvReader csv, string file, int row, string column)
    {
        var text = CsvFiles.Text(csv, column);
        if (text is null)
            return null;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            return value;
        session.Error(file, row, column, $"'{text}' is not a number");
        return null;
    }
}
