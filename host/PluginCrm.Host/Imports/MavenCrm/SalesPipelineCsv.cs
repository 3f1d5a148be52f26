using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Imports.MavenCrm;

/// <summary>
/// <c>sales_pipeline.csv</c>: the opportunities as deals, keyed by opportunity id, each naming its agent, product and
/// account from the other files. Open deals may have no account, and prospecting ones no engage date.
/// </summary>
public static class SalesPipelineCsv
{
    public const string File = "sales_pipeline.csv";

    private static readonly (string, DealStage)[] Stages =
        [("Prospecting", DealStage.Lead), ("Engaging", DealStage.Qualified), ("Won", DealStage.Won), ("Lost", DealStage.Lost)];

    public static async Task ImportAsync(
        ImportSession session, string path, Dictionary<string, long> companies, Dictionary<string, long> products,
        Dictionary<string, (long UserId, long TeamId)> agents, CancellationToken ct)
    {
        var existing = (await session.Db.Deals.AsNoTracking().Where(d => d.ExternalId != null).ToListAsync(ct))
            .ToDictionary(d => d.ExternalId!, CoreRecords.Deals.ToRecord);
        session.Progress.Start("deals", CsvFiles.CountRows(path));
        using var csv = CsvFiles.Open(path, "opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date", "close_value");
        while (await csv.ReadAsync())
        {
            session.Progress.Advance();
            var row = csv.Parser.Row;
            var cells = new CsvCells(session, File, row);
            var id = CsvFiles.Text(csv, "opportunity_id");
            var agent = CsvFiles.Text(csv, "sales_agent");
            var product = CsvFiles.Text(csv, "product");
            var account = CsvFiles.Text(csv, "account");
            var errorsBefore = session.ErrorCount;
            if (id is null)
                cells.Error("opportunity_id", "is empty");
            if (agent is null || !agents.ContainsKey(agent))
                cells.Error("sales_agent", $"'{agent}' is not in {SalesTeamsCsv.File}");
            if (product is null || !products.ContainsKey(ProductsCsv.Key(product)))
                cells.Error("product", $"'{product}' is not in {ProductsCsv.File}");
            if (account is not null && !companies.ContainsKey(account))
                cells.Error("account", $"'{account}' is not in {AccountsCsv.File}");
            var stage = cells.OneOf("deal_stage", CsvFiles.Text(csv, "deal_stage"), Stages);
            var engaged = cells.Date("engage_date", CsvFiles.Text(csv, "engage_date"), ["yyyy-MM-dd"], "a date in the form 2017-03-01");
            var closed = cells.Date("close_date", CsvFiles.Text(csv, "close_date"), ["yyyy-MM-dd"], "a date in the form 2017-03-01");
            var value = cells.Number("close_value", CsvFiles.Text(csv, "close_value"));
            if (session.ErrorCount > errorsBefore)
                continue;

            var (owner, team) = agents[agent!];
            var wanted = new DealRecord(0, $"{product} for {account ?? "an unnamed account"}", account is null ? null : companies[account], null,
                products[ProductsCsv.Key(product!)], owner, team, stage!.Value, value, engaged, closed, id, default, default, 0);
            await session.UpsertAsync(CoreRecords.Deals, existing.GetValueOrDefault(id!), wanted, File, row, ct);
        }
    }
}
