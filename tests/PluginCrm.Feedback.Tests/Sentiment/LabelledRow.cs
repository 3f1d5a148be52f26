using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using PluginCrm.Feedback.Sentiment;

namespace PluginCrm.Feedback.Tests.Sentiment;

/// <summary>A row of <c>labelled-feedback.csv</c>: language zh or en, label, split tune or test, and the text.</summary>
public sealed record LabelledRow(string Language, string Label, string Split, string Text)
{
    public SentimentLabel Expected => Enum.Parse<SentimentLabel>(Label, ignoreCase: true);

    public static IReadOnlyList<LabelledRow> ReadSample()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Sentiment", "labelled-feedback.csv"));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.ToLowerInvariant(),
        });
        return csv.GetRecords<LabelledRow>().ToList();
    }
}
