namespace PluginCrm.Sdk.Records;

/// <summary>A company (account).</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The company name; unique.</param>
/// <param name="Industry">The industry or sector.</param>
/// <param name="Region">The region or office location.</param>
/// <param name="Employees">The number of employees (size).</param>
/// <param name="AnnualRevenue">Annual revenue in the deployment's currency.</param>
/// <param name="ParentId">The parent company, if any.</param>
/// <param name="CreatedUtc">When the record was created.</param>
/// <param name="UpdatedUtc">When the record last changed.</param>
/// <param name="Version">The optimistic-concurrency version.</param>
public sealed record CompanyRecord(
    long Id, string Name, string? Industry, string? Region, int? Employees, decimal? AnnualRevenue, long? ParentId,
    DateTime CreatedUtc, DateTime UpdatedUtc, long Version);
