using System.Diagnostics.CodeAnalysis;

namespace PluginCrm.Sdk.Access;

/// <summary>A record named by type and id, written <c>customer:42</c>.</summary>
/// <param name="Type">A type of <see cref="RecordTypes"/>, or one a plugin registered with <c>AddRecordType</c>.</param>
/// <param name="Id">The record's id.</param>
public sealed record RecordRef(string Type, long Id)
{
    /// <inheritdoc />
    public override string ToString() => $"{Type}:{Id}";

    /// <summary>Reads <c>type:id</c> (a lower-case type, a positive id); false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out RecordRef? record)
    {
        record = null;
        var colon = text?.IndexOf(':') ?? -1;
        if (colon < 1 || !long.TryParse(text.AsSpan(colon + 1), System.Globalization.NumberStyles.None, null, out var id) || id < 1)
            return false;
        var type = text![..colon];
        if (!type.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_') || !char.IsAsciiLetterLower(type[0]))
            return false;
        record = new RecordRef(type, id);
        return true;
    }
}
