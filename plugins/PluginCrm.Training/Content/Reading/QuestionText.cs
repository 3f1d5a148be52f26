using System.Text.RegularExpressions;
using Markdig.Syntax;
using PluginCrm.Training.Courses.Definition;

namespace PluginCrm.Training.Content.Reading;

/// <summary>
/// One question of <see cref="QuizText"/> as its blocks come: text first, then choices, answers and explanation in any order.
/// A line that is none of them is an error on that line, so a stray line is never quietly part of a question.
/// </summary>
internal sealed partial class QuestionText(string? key, string? type, int? points, int line)
{
    private readonly List<string> text = [];
    private readonly List<string> choices = [];
    private readonly List<string> right = [];
    private readonly List<string> answers = [];
    private readonly List<string> explanation = [];
    private bool pastText;

    /// <summary>The heading's line in the body (from 0).</summary>
    public int Line => line;

    public void Add(Block block, string body, Action<int, string> error)
    {
        switch (block)
        {
            case ParagraphBlock:
                Paragraph(Lines(block, body), block.Line, error);
                break;
            case CodeBlock when !pastText:
                text.Add(body.Substring(block.Span.Start, block.Span.Length));
                break;
            case ListBlock { IsOrdered: false } list:
                pastText = true;
                foreach (var item in list.OfType<ListItemBlock>())
                    Choice(item, Lines(item, body), error);
                break;
            case QuoteBlock:
                pastText = true;
                Explanation(Lines(block, body), block.Line, error);
                break;
            case HeadingBlock:
                error(block.Line, "only a heading '## key (type)' starts a question");
                break;
            default:
                error(block.Line, "is not part of a question: its text, '- [x]' choices, '= ' answers or a '> ' explanation");
                break;
        }
    }

    public QuizQuestion Question()
    {
        IReadOnlyList<string>? Listed(List<string> items) => items.Count > 0 ? items : null;
        return new QuizQuestion(key, type, text.Count > 0 ? string.Join("\n\n", text) : null, Listed(choices),
            Listed(type == QuestionTypes.TrueFalse ? answers : right), type == QuestionTypes.TrueFalse ? null : Listed(answers),
            explanation.Count > 0 ? string.Join('\n', explanation).Trim() : null, points);
    }

    // A paragraph's '= ' lines are answers even without a blank line before them, as Markdown would join them to the text.
    private void Paragraph(string[] lines, int first, Action<int, string> error)
    {
        var textLines = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var content = lines[i].Trim();
            if (content.StartsWith('='))
            {
                pastText = true;
                Answer(content[1..].Trim(), first + i, error);
            }
            else if (pastText)
                error(first + i, "is not a choice ('- [x] …'), an answer ('= …') or an explanation ('> …'); a question's text comes first");
            else
                textLines.Add(content);
        }
        if (textLines.Count > 0)
            text.Add(string.Join('\n', textLines));
    }

    private void Answer(string answer, int at, Action<int, string> error)
    {
        if (type != QuestionTypes.TrueFalse)
            answers.Add(answer);
        else if (answer.ToLowerInvariant() is "true" or "false")
            answers.Add(answer.ToLowerInvariant());
        else
            error(at, $"'{answer}' is not true or false");
    }

    private void Choice(ListItemBlock item, string[] lines, Action<int, string> error)
    {
        var match = item is [ParagraphBlock] && lines.Length == 1 ? ChoicePattern().Match(lines[0].Trim()) : null;
        if (match is not { Success: true })
        {
            error(item.Line, "a choice is one line: '- [x] a right one' or '- [ ] a wrong one'");
            return;
        }
        choices.Add(match.Groups["text"].Value);
        if (match.Groups["mark"].Value != " ")
            right.Add(match.Groups["text"].Value);
    }

    // Markdown would carry on a quote into a following line without '>'; here every line of it must say it belongs.
    private void Explanation(string[] lines, int first, Action<int, string> error)
    {
        for (var i = 0; i < lines.Length; i++)
            if (QuotePattern().Match(lines[i]) is { Success: true } quoted)
                explanation.Add(quoted.Groups["text"].Value.TrimEnd());
            else
                error(first + i, "continues the explanation without '>'; start each of its lines with '> '");
    }

    // Markdig keeps no lines once it has read a block's inlines; the block's span in the body is its source.
    private static string[] Lines(Block block, string body) => body.Substring(block.Span.Start, block.Span.Length).TrimEnd().Split('\n');

    [GeneratedRegex(@"^[-*+]\s+\[(?<mark>[ xX])\]\s+(?<text>\S.*)$")]
    private static partial Regex ChoicePattern();

    [GeneratedRegex(@"^ {0,3}> ?(?<text>.*)$")]
    private static partial Regex QuotePattern();
}
