namespace PluginCrm.Sdk.Records;

/// <summary>A product the company sells.</summary>
/// <param name="Id">The id.</param>
/// <param name="Code">The product code (stock code); unique.</param>
/// <param name="Name">The product name.</param>
/// <param name="Series">The product line.</param>
/// <param name="Price">The list price.</param>
/// <param name="CreatedUtc">When the record was created.</param>
/// <param name="UpdatedUtc">When the record last changed.</param>
/// <param name="Version">The optimistic-concurrency version.</param>
public sealed record ProductRecord(long Id, string Code, string Name, string? Series, decimal? Price, DateTime CreatedUtc, DateTime UpdatedUtc, long Version);
