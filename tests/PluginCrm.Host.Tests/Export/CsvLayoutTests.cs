using CsvHelper;
using PluginCrm.Host.Export;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Tests.Export;

public sealed class CsvLayoutTests
{
    private static CsvTable Write(DealRecord deal)
    {
        var layout = new DealCsv();
        using var stream = new MemoryStream();
        using (var csv = CsvFile.Writer(stream))
        {
            layout.WriteHeader(csv);
            layout.WriteFields(csv, deal);
            csv.NextRecord();
        }
        return CsvTable.Parse(stream.ToArray());
    }

    [Fact]
    public void A_negative_amount_stays_a_number_while_text_that_looks_negative_is_quoted()
    {
        var deal = new DealRecord(7, "-2+3", null, null, null, null, null, DealStage.Won, -1234.5m, new DateOnly(2026, 1, 2), null, "-X1",
            new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 5, 9, 0, 0, 250, DateTimeKind.Utc), 3);

        var row = Write(deal).Rows.Single();

        Assert.Equal("-1234.5", row["value"]);
        Assert.Equal("'-2+3", row["title"]);
        Assert.Equal("'-X1", row["externalId"]);
        Assert.Equal("won", row["stage"]);
        Assert.Equal("2026-01-02", row["engagedOn"]);
        Assert.Equal("", row["closedOn"]);
        Assert.Equal("", row["companyId"]);
        Assert.Equal("2026-01-05T09:00:00Z", row["createdUtc"]);
        Assert.Equal("2026-01-05T09:00:00.25Z", row["updatedUtc"]);
        Assert.Equal("7", row["id"]);
        Assert.Equal("3", row["version"]);
    }
}
