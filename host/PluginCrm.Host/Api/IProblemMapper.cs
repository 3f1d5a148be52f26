using Microsoft.AspNetCore.Mvc;

namespace PluginCrm.Host.Api;

/// <summary>
/// Turns a feature's own exceptions into problems. Each feature registers one for the exceptions only it knows;
/// the handler asks them before the shared cases, so the shared plumbing depends on no feature.
/// </summary>
public interface IProblemMapper
{
    /// <summary>The problem for <paramref name="exception"/>, or null when it is not this feature's.</summary>
    ProblemDetails? Map(Exception exception);
}
