namespace PluginCrm.Host.WebConsole;

/// <summary>Where a record named as <c>type:id</c> (a day item, a timeline entry) opens in the console.</summary>
public static class Links
{
    /// <summary>The page of the record, or null while the console has none for its type (shown as text, not a dead link).</summary>
    public static string? For(string record) => record.Split(':') switch
    {
        ["customer", var id] => $"/customers/{id}",
        ["lead", var id] => $"/leads/{id}",
        _ => null,
    };
}
