using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Rules;

/// <summary>What rules read of a lead or a customer to route it.</summary>
public sealed record Prospect(string RecordType, long Id, string? Region, string? Industry, string? Source, string? Product, string? Language, decimal? Value, object Record)
{
    public static Prospect From(LeadRecord l) => new("lead", l.Id, l.Region, l.Industry, l.Source, l.Product, l.Language, l.EstimatedValue, l);

    public static Prospect From(CustomerRecord c, string? industry) => new("customer", c.Id, c.Region, industry, c.Source, null, c.Language, null, c);
}
