using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Pipeline;

/// <summary>
/// The messages and record types the pipeline knows: the host's own (<see cref="CoreMessages"/>), and those the loaded
/// plugins registered (<c>AddRecordType</c>, <c>AddMessage</c>). Nothing about any module is written here.
/// </summary>
public sealed class MessageCatalog(PluginCatalog catalog)
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
        ["task"] = typeof(TaskRecord),
    };

    // Core messages that carry more than their record: a lead's conversion carries the lead, its customer and its deal.
    private static readonly Dictionary<string, Type> CoreCarrying = new() { [CoreMessages.Lead.Convert] = typeof(LeadConversion) };

    /// <summary>The type a message on <paramref name="recordType"/> carries, the host's or a loaded plugin's; null when unknown.</summary>
    public Type? RecordTypeOf(string recordType) => Core.GetValueOrDefault(recordType) ?? PluginOwned(recordType)?.RecordType;

    /// <summary>The type <paramref name="message"/> on <paramref name="recordType"/> carries: its record's, unless the message carries more.</summary>
    public Type? CarriedBy(string message, string recordType) => CoreCarrying.GetValueOrDefault(message) ?? RecordTypeOf(recordType);

    /// <summary>The plugin-owned record type <paramref name="recordType"/>, or null (a core type or an unknown name).</summary>
    public PluginRecordType? PluginOwned(string recordType) =>
        catalog.Loaded.Select(e => e.Contributions.RecordTypes.GetValueOrDefault(recordType)).FirstOrDefault(t => t is not null);

    public static bool IsCore(string recordType) => Core.ContainsKey(recordType);

    /// <summary>Whether a loaded plugin declared <paramref name="message"/>.</summary>
    public bool IsDeclared(string message) => catalog.Loaded.Any(e => e.Contributions.Messages.Contains(message));

    /// <summary>Every message a step may be added to: the core ones and those the loaded plugins declare.</summary>
    public IEnumerable<string> Known => CoreMessages.All.Concat(catalog.Loaded.SelectMany(e => e.Contributions.Messages));
}
