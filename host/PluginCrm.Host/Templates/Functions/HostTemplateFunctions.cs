namespace PluginCrm.Host.Templates.Functions;

/// <summary>
/// The host's own template functions, by namespace; every template sees them. Their names start with <c>crm_</c>
/// so they never clash with Scriban's builtins (<c>date</c>, <c>string</c>, <c>math</c>, ...); a plugin's
/// namespace of the same name is shadowed by them.
/// </summary>
public sealed class HostTemplateFunctions(TimeProvider time)
{
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, Delegate>> ByNamespace { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, Delegate>>
        {
            [DateFunctions.Namespace] = new DateFunctions(time).Functions,
            [MoneyFunctions.Namespace] = MoneyFunctions.Functions,
            [TextFunctions.Namespace] = TextFunctions.Functions,
        };
}
