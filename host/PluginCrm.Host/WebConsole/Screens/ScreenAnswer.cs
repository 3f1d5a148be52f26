using System.Text.Json;

namespace PluginCrm.Host.WebConsole.Screens;

/// <summary>
/// What a plugin's endpoint answered a screen: the body on success; otherwise the refusal's reason in words and, for a
/// validation problem, its errors by field (the names as the server gave them).
/// </summary>
public sealed record ScreenAnswer(int Status, JsonElement? Body, string? Refusal, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Refusal is null;

    /// <summary>The body and the refusal, for a caller that needs no more.</summary>
    public void Deconstruct(out JsonElement? body, out string? refusal) => (body, refusal) = (Body, Refusal);
}
