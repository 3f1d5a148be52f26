using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Pipeline;

/// <summary>The record type behind each record name used in messages and the audit (<c>customer</c> in <c>customer.create</c>).</summary>
public static class RecordTypes
{
    private static readonly Dictionary<string, Type> ByName = new()
    {
        ["company"] = typeof(CompanyRecord),
        ["customer"] = typeof(CustomerRecord),
        ["lead"] = typeof(LeadRecord),
        ["deal"] = typeof(DealRecord),
        ["product"] = typeof(ProductRecord),
        ["order"] = typeof(OrderRecord),
        ["interaction"] = typeof(InteractionRecord),
    };

    public static Type? Find(string name) => ByName.GetValueOrDefault(name);
}
