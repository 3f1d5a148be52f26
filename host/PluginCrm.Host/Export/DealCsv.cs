using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Export;

/// <summary>The deal export: every field of <see cref="DealRecord"/>, in the API's order and names.</summary>
public sealed class DealCsv : CsvLayout<DealRecord>
{
    public override IReadOnlyList<CsvColumn<DealRecord>> Columns { get; } =
    [
        Integer("id", d => d.Id),
        Text("title", d => d.Title),
        Integer("companyId", d => d.CompanyId),
        Integer("customerId", d => d.CustomerId),
        Integer("productId", d => d.ProductId),
        Integer("ownerId", d => d.OwnerId),
        Integer("teamId", d => d.TeamId),
        EnumName("stage", d => d.Stage),
        Number("value", d => d.Value),
        Date("engagedOn", d => d.EngagedOn),
        Date("closedOn", d => d.ClosedOn),
        Text("externalId", d => d.ExternalId),
        Timestamp("createdUtc", d => d.CreatedUtc),
        Timestamp("updatedUtc", d => d.UpdatedUtc),
        Integer("version", d => d.Version),
    ];
}
