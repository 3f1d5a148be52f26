using Scriban.Parsing;

namespace PluginCrm.Host.Templates.Rendering;

/// <summary>Where in a template or rule a problem is, as people count: "line L, column C: ".</summary>
public static class SourcePosition
{
    /// <summary>Scriban counts from 0; an error at the end of the text has no position (-1), so it names the end.</summary>
    public static string At(string source, TextPosition position)
    {
        if (position.Line >= 0)
            return $"line {position.Line + 1}, column {position.Column + 1}: ";
        var lines = source.Split('\n');
        return $"line {lines.Length}, column {lines[^1].Length + 1}: ";
    }
}
