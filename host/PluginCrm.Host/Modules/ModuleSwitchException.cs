namespace PluginCrm.Host.Modules;

/// <summary>A switch was refused. <see cref="NotFound"/> tells an unknown id from a refused change.</summary>
public sealed class ModuleSwitchException(string message, bool notFound = false) : Exception(message)
{
    public bool NotFound { get; } = notFound;
}
