namespace PluginCrm.Console.Tests.Support;

/// <summary>
/// Every browser test shares one demo host and one Chromium: generating the demo takes about 20 seconds and starting a
/// browser a second, so both happen once per run; each test gets a context (cookies, storage) and a page of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<DemoConsole>, ICollectionFixture<Chromium>
{
    public const string Name = "the console in Chromium";
}
