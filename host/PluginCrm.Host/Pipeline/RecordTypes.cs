using PluginCrm.Sdk.Feedback;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Pipeline;

/// <summary>The record type behind each record name used in messages and the audit (<c>customer</c> in <c>customer.create</c>).</summary>
public static class RecordTypes
{
    private static readonly Dictionary<string, Type> Core = new()
    {
        ["company"] = typeof(CompanyRecord),
        ["customer"] = typeof(CustomerRecord),
        ["lead"] = typeof(LeadRecord),
        ["deal"] = typeof(DealRecord),
        ["product"] = typeof(ProductRecord),
        ["order"] = typeof(OrderRecord),
        ["interaction"] = typeof(InteractionRecord),
    };

    /// <summary>Records of the SDK that plugins own and change through <c>IPluginMessages</c>, with how to read their id.</summary>
    private static readonly Dictionary<string, (Type Type, Func<object, long> IdOf)> PluginOwned = new()
    {
        ["complaint"] = (typeof(ComplaintRecord), r => ((ComplaintRecord)r).Id),
    };

    public static Type? Find(string name) => Core.GetValueOrDefault(name) ?? (PluginOwned.TryGetValue(name, out var owned) ? owned.Type : null);

    /// <summary>The plugin-owned record named <paramref name="name"/>, or null (a core record or an unknown name).</summary>
    public static (Type Type, Func<object, long> IdOf)? FindPluginOwned(string name) => PluginOwned.TryGetValue(name, out var owned) ? owned : null;
}
