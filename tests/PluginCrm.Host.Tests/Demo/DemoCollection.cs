namespace PluginCrm.Host.Tests.Demo;

/// <summary>
/// The demo tests share three generated demos (the default seed with the plugins, the same seed without them, another seed
/// without feedback) and only read them: generating one takes seconds of CPU, so each is generated once, not per class.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoHost>, ICollectionFixture<SameSeedHost>, ICollectionFixture<OtherSeedWithoutFeedbackHost>
{
    public const string Name = "generated demos";
}
