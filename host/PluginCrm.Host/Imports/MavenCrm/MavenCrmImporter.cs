namespace PluginCrm.Host.Imports.MavenCrm;

/// <summary>
/// Imports Maven Analytics' "CRM Sales Opportunities", one file after the other: accounts as companies, products,
/// sales teams as users (agents are reps, managers are managers) in one team per manager, and the pipeline as deals,
/// which names the others. Natural keys (company and product names, user e-mails made from names, opportunity ids)
/// make a second run change nothing.
/// </summary>
public sealed class MavenCrmImporter(SalesTeamsCsv salesTeams)
{
    public const string Domain = "maven.example";

    public async Task ImportAsync(ImportSession session, string directory, CancellationToken ct)
    {
        var companies = await AccountsCsv.ImportAsync(session, Path.Combine(directory, AccountsCsv.File), ct);
        var products = await ProductsCsv.ImportAsync(session, Path.Combine(directory, ProductsCsv.File), ct);
        var agents = await salesTeams.ImportAsync(session, Path.Combine(directory, SalesTeamsCsv.File), ct);
        await SalesPipelineCsv.ImportAsync(session, Path.Combine(directory, SalesPipelineCsv.File), companies, products, agents, ct);
    }

    public static string EmailOf(string name) => $"{string.Join('.', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))}@{Domain}";
}
