namespace PluginCrm.Sdk.Records;

/// <summary>How urgent a <see cref="TaskRecord"/> is; ordered, with <see cref="Normal"/> the default.</summary>
public enum TaskPriority
{
    /// <summary>When there is time.</summary>
    Low = -1,

    /// <summary>The default.</summary>
    Normal = 0,

    /// <summary>First.</summary>
    High = 1,
}
