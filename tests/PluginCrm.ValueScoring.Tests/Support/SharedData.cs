namespace PluginCrm.ValueScoring.Tests.Support;

/// <summary>The real data sets in ../shared/data beside the repository; never copied into it.</summary>
public static class SharedData
{
    public static string Root { get; } = Find();

    public static string CdnowSample => Path.Combine(Root, "cdnow", "CDNOW_sample.txt");
    public static string CdnowMaster => Path.Combine(Root, "cdnow", "CDNOW_master.txt");
    public static string CdnowSummary => Path.Combine(Root, "cdnow", "cdnow_customers_summary.csv");
    public static string CdnowSummaryWithSpend => Path.Combine(Root, "cdnow", "cdnow_customers_summary_with_transactions.csv");
    public static string OnlineRetail => Path.Combine(Root, "online-retail", "online_retail_40k_sample.csv");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PluginCrm.sln")))
            {
                var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(data) ? data : throw new DirectoryNotFoundException($"the data sets are expected in {data}, beside the repository");
            }
        }
        throw new DirectoryNotFoundException("the repository root (PluginCrm.sln) was not found above the test output");
    }
}
