using System.Text.RegularExpressions;

namespace PluginCrm.Feedback.Surveys.Answer;

/// <summary>
/// The survey page's errors in Chinese and English, like the rest of its words: <see cref="Definition.AnswerRules"/>
/// words them in English for the API, and the page puts the Chinese before each. An error this does not know stays English.
/// </summary>
public static partial class AnswerErrors
{
    public static string Bilingual(string error) => Chinese(error) is { } zh ? $"{zh} · {error}" : error;

    private static string? Chinese(string error)
    {
        if (error == "is required")
            return "此题必答";
        if (WholeNumber().Match(error) is { Success: true } number)
            return $"请选择 {number.Groups[1].Value} 到 {number.Groups[2].Value} 之间的整数";
        if (error.StartsWith("must be one of ", StringComparison.Ordinal))
            return "请选择其中一项";
        if (error.StartsWith("must be a list of different choices", StringComparison.Ordinal))
            return "请选择一项或几项不同的选项";
        if (error == "must be text")
            return "请填写文字";
        if (TooLong().Match(error) is { Success: true } length)
            return $"共 {length.Groups[1].Value} 字，最多 {length.Groups[2].Value} 字";
        return null;
    }

    [GeneratedRegex(@"^must be a whole number from (-?\d+) to (-?\d+)$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"^is (\d+) characters; the limit is (\d+)$")]
    private static partial Regex TooLong();
}
