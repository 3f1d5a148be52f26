using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Imports.MavenCrm;

/// <summary>
/// <c>accounts.csv</c>: companies by name, revenue in millions, each with the company it is a subsidiary of. The source
/// misspells the sector "technology" as "technolgy".
/// </summary>
public static class AccountsCsv
{
    public const string File = "accounts.csv";

    /// <summary>Imports the companies; returns every company's id by name.</summary>
    public static async Task<Dictionary<string, long>> ImportAsync(ImportSession session, string path, CancellationToken ct)
    {
        var existing = (await session.Db.Companies.AsNoTracking().ToListAsync(ct)).ToDictionary(c => c.Name, CoreRecords.Companies.ToRecord);
        var parents = new List<(int Row, string Company, string Parent)>();
        session.Progress.Start("companies", CsvFiles.CountRows(path));
        using (var csv = CsvFiles.Open(path, "account", "sector", "revenue", "employees", "office_location", "subsidiary_of"))
        {
            while (await csv.ReadAsync())
            {
                var row = csv.Parser.Row;
                var cells = new CsvCells(session, File, row);
                var name = CsvFiles.Text(csv, "account");
                if (name is null)
                {
                    cells.Error("account", "is empty");
                    continue;
                }
                var revenue = cells.Number("revenue", CsvFiles.Text(csv, "revenue"));
                var employees = cells.Number("employees", CsvFiles.Text(csv, "employees"));
                var before = existing.GetValueOrDefault(name);
                var wanted = new CompanyRecord(0, name, Sector(CsvFiles.Text(csv, "sector")), CsvFiles.Text(csv, "office_location"),
                    employees is null ? null : (int)employees, revenue * 1_000_000m, before?.ParentId, default, default, 0);
                if (await session.UpsertAsync(CoreRecords.Companies, before, wanted, File, row, ct) is { } saved)
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
                session.Error(File, row, "subsidiary_of", $"no account named '{parent}'");
            else if (existing.TryGetValue(company, out var child) && child.ParentId != parentRecord.Id)
                existing[company] = await session.UpsertAsync(CoreRecords.Companies, child, child with { ParentId = parentRecord.Id }, File, row, ct) ?? child;
        }
        return existing.ToDictionary(c => c.Key, c => c.Value.Id);
    }

    private static string? Sector(string? sector) => sector == "technolgy" ? "technology" : sector;
}
