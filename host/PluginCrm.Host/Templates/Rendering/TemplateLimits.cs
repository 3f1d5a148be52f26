namespace PluginCrm.Host.Templates.Rendering;

/// <summary>
/// The hard limits every render runs under. Templates are written by admins but may be pasted from anywhere, so a
/// mistake or an attack must fail fast with a message rather than hang a request or exhaust memory.
/// </summary>
public static class TemplateLimits
{
    public const int Loop = 10_000;
    public const int Recursion = 20;
    public const int OutputCharacters = 100_000;
    public const int ObjectRecursion = 10;

    /// <summary>Nesting depth of statements and expressions, checked by the parser (Scriban's ExpressionDepthLimit).</summary>
    public const int ExpressionDepth = 64;

    public static readonly TimeSpan WallClock = TimeSpan.FromSeconds(2);

    /// <summary>Parsed templates kept in memory; beyond this the cache starts over.</summary>
    public const int CachedTemplates = 1_000;
}
