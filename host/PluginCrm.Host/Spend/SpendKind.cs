namespace PluginCrm.Host.Spend;

/// <summary>What money was spent on to win customers: acquisition cost adds both.</summary>
public enum SpendKind
{
    Marketing,
    Sales,
}
