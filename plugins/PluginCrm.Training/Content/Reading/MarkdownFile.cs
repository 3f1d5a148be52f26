namespace PluginCrm.Training.Content.Reading;

/// <summary>
/// A course or lesson file: its front matter (YAML between a first line <c>---</c> and the next <c>---</c>) and the Markdown
/// after it, without its leading blank lines, with the line that Markdown starts on so what is read from it can name lines.
/// </summary>
/// <param name="BodyLine">The body's first line; the closing <c>---</c> when there is no body, for a complaint that it is missing.</param>
public sealed record MarkdownFile(FrontMatter Fields, string Body, int BodyLine)
{
    /// <param name="file">The file's name in errors.</param>
    /// <param name="fields">The front matter fields it may have.</param>
    public static MarkdownFile? Read(string path, string file, IReadOnlyCollection<string> fields, List<ContentError> errors)
    {
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            errors.Add(new ContentError(file, 1, "must start with front matter: a line '---', its fields ('title: …'), and a line '---'"));
            return null;
        }
        var close = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            errors.Add(new ContentError(file, 1, "the front matter opened here is not closed by a line '---'"));
            return null;
        }
        var front = FrontMatter.Read(string.Join('\n', lines[1..close]), 2, fields, file, errors);
        var start = close + 1;
        while (start < lines.Length && string.IsNullOrWhiteSpace(lines[start]))
            start++;
        return new MarkdownFile(front, string.Join('\n', lines[start..]).TrimEnd(), start < lines.Length ? start + 1 : close + 1);
    }
}
