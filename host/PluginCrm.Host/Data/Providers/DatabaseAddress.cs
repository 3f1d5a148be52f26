namespace PluginCrm.Host.Data.Providers;

/// <summary>
/// A database named on the command line as <c>sqlite:PATH</c> (a data folder, or its <c>crm.db</c>) or
/// <c>postgres:CONNECTION-STRING</c>, turned into the settings a host on it is configured with. The text itself is
/// never shown again, since a connection string may hold a password: the provider's Location says where it is.
/// </summary>
public sealed record DatabaseAddress(IReadOnlyDictionary<string, string?> Settings)
{
    public const string Forms = "sqlite:PATH (a data folder or its crm.db) or postgres:CONNECTION-STRING";

    /// <summary>The address, or null with <paramref name="problem"/> saying why not (never repeating what followed the scheme).</summary>
    public static DatabaseAddress? Parse(string text, out string problem)
    {
        problem = "";
        var colon = text.IndexOf(':');
        var (scheme, rest) = colon < 0 ? ("", text) : (text[..colon], text[(colon + 1)..]);
        if (scheme is not ("sqlite" or "postgres"))
            problem = colon < 0 ? $"names no kind of database: give {Forms}" : $"'{scheme}:' is not a database the CRM runs on: give {Forms}";
        else if (rest.Trim().Length == 0)
            problem = $"names no database after '{scheme}:'";
        else if (scheme == "postgres")
            return new(new Dictionary<string, string?> { ["Database:Provider"] = "postgres", ["Database:ConnectionString"] = rest });
        else if (Path.GetFullPath(rest) is var path && Path.GetFileName(path) == SqliteProvider.FileName)
            return Sqlite(Path.GetDirectoryName(path)!);
        // A file with another name would not be found again: a host reads crm.db in its data folder.
        else if (Path.GetExtension(path) is ".db" or ".sqlite" && !Directory.Exists(path))
            problem = $"'{rest}' is not a data folder or its {SqliteProvider.FileName}, the one file name a host reads";
        else
            return Sqlite(path);
        return null;
    }

    private static DatabaseAddress Sqlite(string folder) => new(new Dictionary<string, string?> { ["Database:Provider"] = "sqlite", ["DataDir"] = folder });
}
