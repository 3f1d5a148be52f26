using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using PluginCrm.Training.Courses.Definition;

namespace PluginCrm.Training.Content.Reading;

/// <summary>
/// A quiz lesson's body (docs/training-content.md): each question a heading <c>## key (type[, N points])</c>, then its text,
/// its choices (<c>- [x] right</c>, <c>- [ ] wrong</c>), its answers (<c>= …</c>) and its explanation (<c>&gt; …</c>).
/// Read as Markdown blocks, so a fenced code sample in a question stays text even where its lines look like choices.
/// </summary>
public static partial class QuizText
{
    private static readonly Dictionary<string, string> Types = new()
    {
        ["single"] = QuestionTypes.Single, ["multiple"] = QuestionTypes.Multiple, ["true/false"] = QuestionTypes.TrueFalse,
        ["truefalse"] = QuestionTypes.TrueFalse, ["short"] = QuestionTypes.Short,
    };

    /// <param name="firstLine">The file's line the body starts on.</param>
    /// <returns>The questions (pass mark and attempts are the front matter's), and the line of each one's heading.</returns>
    public static (IReadOnlyList<QuizQuestion> Questions, IReadOnlyList<int> Lines) Read(string body, int firstLine, string file, List<ContentError> errors)
    {
        var questions = new List<QuestionText>();
        var lines = body.Split('\n');
        void Error(int line, string reason) => errors.Add(new ContentError(file, firstLine + line, reason));
        foreach (var block in Markdown.Parse(body))
            if (block is HeadingBlock { Level: 2, IsSetext: false })
                questions.Add(Heading(lines[block.Line].Trim().Trim('#').Trim(), block.Line, Error));
            else if (questions.Count == 0)
                Error(block.Line, "comes before the first question; each question starts with a heading '## key (type)'");
            else
                questions[^1].Add(block, body, Error);
        return (questions.Select(q => q.Question()).ToList(), questions.Select(q => firstLine + q.Line).ToList());
    }

    private static QuestionText Heading(string text, int line, Action<int, string> error)
    {
        if (HeadingPattern().Match(text) is not { Success: true } heading)
        {
            error(line, $"'## {text}' is not a question heading: '## key (type)' or '## key (type, N points)'");
            return new QuestionText(null, null, null, line);
        }
        var type = heading.Groups["type"].Value.ToLowerInvariant();
        if (!Types.ContainsKey(type))
            error(line, $"'{heading.Groups["type"].Value}' is not a question type: single, multiple, true/false or short");
        int? points = null;
        if (heading.Groups["points"].Success)
            if (int.TryParse(heading.Groups["points"].Value, out var value))
                points = value;
            else
                error(line, $"{heading.Groups["points"].Value} points is more than a question can have");
        return new QuestionText(heading.Groups["key"].Value, Types.GetValueOrDefault(type, type), points, line);
    }

    [GeneratedRegex(@"^(?<key>[^\s(]+)\s*\(\s*(?<type>[^,)]*?)\s*(,\s*(?<points>\d+)\s+points?\s*)?\)$")]
    private static partial Regex HeadingPattern();
}
