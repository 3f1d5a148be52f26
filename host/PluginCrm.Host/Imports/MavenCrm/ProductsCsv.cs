using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Imports.MavenCrm;

/// <summary><c>products.csv</c>: products by name (the name is also the code), with their series and price.</summary>
public static class ProductsCsv
{
    public const string File = "products.csv";

    /// <summary>Imports the products; returns every product's id by <see cref="Key"/>.</summary>
    public static async Task<Dictionary<string, long>> ImportAsync(ImportSession session, string path, CancellationToken ct)
    {
        var existing = (await session.Db.Products.AsNoTracking().ToListAsync(ct)).ToDictionary(p => p.Code, CoreRecords.Products.ToRecord);
        using var csv = CsvFiles.Open(path, "product", "series", "sales_price");
        while (await csv.ReadAsync())
        {
            var row = csv.Parser.Row;
            var cells = new CsvCells(session, File, row);
            var name = CsvFiles.Text(csv, "product");
            if (name is null)
            {
                cells.Error("product", "is empty");
                continue;
            }
            var wanted = new ProductRecord(0, name, name, CsvFiles.Text(csv, "series"), cells.Number("sales_price", CsvFiles.Text(csv, "sales_price")), default, default, 0);
            if (await session.UpsertAsync(CoreRecords.Products, existing.GetValueOrDefault(name), wanted, File, row, ct) is { } saved)
                existing[name] = saved;
        }
        return existing.ToDictionary(p => Key(p.Key), p => p.Value.Id);
    }

    /// <summary>"GTXPro" in the pipeline is "GTX Pro" in products.csv: names compare without spaces or case.</summary>
    public static string Key(string name) => name.Replace(" ", "").ToLowerInvariant();
}
