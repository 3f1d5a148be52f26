using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Imports.MavenCrm;

/// <summary>
/// <c>sales_pipeline.csv</c>: the opportunities as deals, keyed by opportunity id, each naming its agent, product and
/// account from the other files. Open deals may have no account, and prospecting ones no engage date.
/// The file is read twice, as the CDNOW importer reads its own: once to check every cell, and only when every cell is
/// good, once more to write the deals in batches of <see cref="ImportSession.BatchSize"/>. A file with a bad cell writes
/// nothing it would then roll back, and the import holds a batch, never the file.
/// </summary>
public static class SalesPipelineCsv
{
    public const string File = "sales_pipeline.csv";

    private static readonly (string, DealStage)[] Stages =
        [("Prospecting", DealStage.Lead), ("Engaging", DealStage.Qualified), ("Won", DealStage.Won), ("Lost", DealStage.Lost)];

    private sealed record Opportunity(int Row, string Id, DealRecord Wanted);

    public static async Task ImportAsync(
        ImportSession session, string path, Dictionary<string, long> companies, Dictionary<string, long> products,
        Dictionary<string, (long UserId, long TeamId)> agents, CancellationToken ct)
    {
        var rows = 0;
        foreach (var _ in Read(session, path, companies, products, agents))
            rows++;
        if (session.ErrorCount > 0)
            return;

        session.Progress.Start("deals", rows);
        foreach (var batch in Read(session, path, companies, products, agents).Chunk(ImportSession.BatchSize))
        {
            var ids = batch.Select(o => o.Id).ToList();
            var existing = (await session.Db.Deals.AsNoTracking().Where(d => d.ExternalId != null && EF.Parameter(ids).Contains(d.ExternalId)).ToListAsync(ct))
                .ToDictionary(d => d.ExternalId!, CoreRecords.Deals.ToRecord);
            await session.UpsertManyAsync(CoreRecords.Deals,
                batch.Select(o => new ImportRow<DealRecord>(existing.GetValueOrDefault(o.Id), o.Wanted, File, o.Row)).ToList(), ct);
            if (session.ErrorCount > 0)
                return;
            session.Progress.Advance(batch.Length);
        }
    }

    // Every row's cells checked (a bad one is a row error); the good rows as the deals they ask for.
    private static IEnumerable<Opportunity> Read(
        ImportSession session, string path, Dictionary<string, long> companies, Dictionary<string, long> products,
        Dictionary<string, (long UserId, long TeamId)> agents)
    {
        using var csv = CsvFiles.Open(path, "opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date", "close_value");
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal); // an opportunity named twice would be one deal written twice
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            var cells = new CsvCells(session, File, row);
            var id = CsvFiles.Text(csv, "opportunity_id");
            var agent = CsvFiles.Text(csv, "sales_agent");
            var product = CsvFiles.Text(csv, "product");
            var account = CsvFiles.Text(csv, "account");
            var errorsBefore = session.ErrorCount;
            if (id is null)
                cells.Error("opportunity_id", "is empty");
            else if (!rowOf.TryAdd(id, row))
                cells.Error("opportunity_id", $"'{id}' is also on row {rowOf[id]}");
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
            yield return new Opportunity(row, id!, new DealRecord(0, $"{product} for {account ?? "an unnamed account"}", account is null ? null : companies[account],
                null, products[ProductsCsv.Key(product!)], owner, team, stage!.Value, value, engaged, closed, id, default, default, 0));
        }
    }
}
