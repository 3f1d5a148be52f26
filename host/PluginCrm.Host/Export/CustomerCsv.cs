using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Export;

/// <summary>The customer export: every field of <see cref="CustomerRecord"/>, in the API's order and names.</summary>
public sealed class CustomerCsv : CsvLayout<CustomerRecord>
{
    public override IReadOnlyList<CsvColumn<CustomerRecord>> Columns { get; } =
    [
        Integer("id", c => c.Id),
        Text("name", c => c.Name),
        EnumName("kind", c => c.Kind),
        Integer("companyId", c => c.CompanyId),
        Text("email", c => c.Email),
        Text("phone", c => c.Phone),
        Date("birthday", c => c.Birthday),
        Text("source", c => c.Source),
        Text("region", c => c.Region),
        Text("language", c => c.Language),
        Integer("ownerId", c => c.OwnerId),
        Integer("teamId", c => c.TeamId),
        EnumName("stage", c => c.Stage),
        Tags("tags", c => c.Tags),
        Flag("consentToContact", c => c.ConsentToContact),
        Text("externalId", c => c.ExternalId),
        Timestamp("createdUtc", c => c.CreatedUtc),
        Timestamp("updatedUtc", c => c.UpdatedUtc),
        Integer("version", c => c.Version),
    ];
}
