namespace PluginCrm.Training.Content.Reading;

/// <summary>
/// One problem in imported course content: the file (relative to the imported directory, '/' between folders), the line
/// (from 1; 0 when it is about the directory as a whole) and why.
/// </summary>
public sealed record ContentError(string File, int Line, string Reason)
{
    /// <summary><c>file:line: reason</c>, as compilers write it, so an editor can jump to the line.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
