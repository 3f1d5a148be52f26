namespace PluginCrm.Host.Tests.Templates;

/// <summary>Tests that measure the process's memory run alone: another test's allocations would be counted as theirs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    public const string Name = "memory";
}
