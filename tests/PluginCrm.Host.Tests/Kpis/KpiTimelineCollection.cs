namespace PluginCrm.Host.Tests.Kpis;

/// <summary>The retention and conversion tests share one host whose clock has moved through 2026, and only read it.</summary>
[CollectionDefinition(Name)]
public sealed class KpiTimelineCollection : ICollectionFixture<KpiTimeline>
{
    public const string Name = "kpi-timeline";
}
