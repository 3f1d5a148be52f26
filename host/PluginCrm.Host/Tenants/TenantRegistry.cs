using System.Text.Json;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Tenants;

/// <summary>
/// The tenants of a data folder, in <c>tenants.json</c> there: written by <c>crm tenants</c>, read when a host starts
/// and by a command given <c>--tenant</c>. No file, or an empty list, is a host serving one company as before.
/// </summary>
public sealed class TenantRegistry(string dataDirectory)
{
    public const string FileName = "tenants.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string DataDirectory => dataDirectory;

    public string FilePath => Path.Combine(dataDirectory, FileName);

    public IReadOnlyList<Tenant> Read()
    {
        if (!File.Exists(FilePath))
            return [];
        List<Tenant> tenants;
        try
        {
            tenants = JsonSerializer.Deserialize<TenantsFile>(File.ReadAllText(FilePath), Json)?.Tenants ?? [];
        }
        catch (JsonException ex)
        {
            throw new StartupException($"{FilePath} is not a tenants file: {ex.Message}");
        }
        // The file may have been edited by hand: a name is a folder, so one that is not a name could point anywhere.
        if (tenants.Select(t => TenantNames.ProblemWithName(t.Name ?? "")).FirstOrDefault(p => p is not null) is { } problem)
            throw new StartupException($"{FilePath}: {problem}");
        return [.. tenants.Select(t => t with { Hosts = t.Hosts ?? [] })];
    }

    /// <summary>The tenant called <paramref name="name"/>, or null.</summary>
    public Tenant? Find(string name) => Read().FirstOrDefault(t => t.Name == name);

    /// <summary>Replaces the list; written beside and moved over the old file, so a reader never sees half of it.</summary>
    public void Write(IReadOnlyList<Tenant> tenants)
    {
        Directory.CreateDirectory(dataDirectory);
        var next = FilePath + ".next";
        File.WriteAllText(next, JsonSerializer.Serialize(new TenantsFile([.. tenants]), Json));
        File.Move(next, FilePath, overwrite: true);
    }

    private sealed record TenantsFile(List<Tenant> Tenants);
}
