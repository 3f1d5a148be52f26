namespace PluginCrm.Host.Tests.Kpis;

/// <summary>The KPI tests share one host and its data, which they only read.</summary>
[CollectionDefinition(Name)]
public sealed class KpiCollection : ICollectionFixture<KpiData>
{
    public const string Name = "kpis";
}
