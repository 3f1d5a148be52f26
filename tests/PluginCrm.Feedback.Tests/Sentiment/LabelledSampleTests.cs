using System.Text;
using PluginCrm.Feedback.Sentiment;
using Xunit.Abstractions;

namespace PluginCrm.Feedback.Tests.Sentiment;

/// <summary>
/// The scorer against the hand-labelled sample. The lexicons were tuned on the rows marked tune only; the rows marked
/// test were not looked at while tuning, so their accuracy is the one to quote.
/// </summary>
public sealed class LabelledSampleTests(ITestOutputHelper output)
{
    // Measured 40 of 43 held-out rows (93.0 %); the floor, 38 of 43, sits five points under it so that a regression of
    // more than two rows fails. Raise it with the measurement, never lower it to make a change pass.
    private const double HeldOutFloor = 0.88;

    [Fact]
    public void The_scorer_reaches_its_measured_accuracy_on_the_held_out_rows()
    {
        var scorer = new SentimentScorer();
        var scored = LabelledRow.ReadSample().Select(r => (Row: r, Got: scorer.Score(r.Text))).ToList();

        var report = new StringBuilder();
        report.AppendLine("Accuracy (correct / rows):");
        foreach (var split in new[] { "tune", "test", "all" })
            foreach (var language in new[] { "zh", "en", "all" })
            {
                var rows = scored.Where(s => (split == "all" || s.Row.Split == split) && (language == "all" || s.Row.Language == language)).ToList();
                report.AppendLine($"  split {split,-4} language {language,-3}: {Correct(rows)}/{rows.Count} = {Accuracy(rows):P1}");
            }
        foreach (var split in new[] { "tune", "test", "all" })
            Confusion(report, split, scored.Where(s => split == "all" || s.Row.Split == split).ToList());
        report.AppendLine("Wrong:");
        foreach (var (row, got) in scored.Where(s => s.Got.Label != s.Row.Expected))
            report.AppendLine($"  {row.Split} {row.Language} expected {row.Label,-8} got {got.Label,-8} {got.Score,6} {row.Text}  [{string.Join(", ", got.Evidence.Select(e => $"{e.Term} {e.Contribution}"))}]");
        output.WriteLine(report.ToString());

        var heldOut = Accuracy(scored.Where(s => s.Row.Split == "test").ToList());
        Assert.True(heldOut >= HeldOutFloor, $"held-out accuracy {heldOut:P1} is under the floor {HeldOutFloor:P0}");
    }

    private static int Correct(List<(LabelledRow Row, SentimentResult Got)> rows) => rows.Count(s => s.Got.Label == s.Row.Expected);

    private static double Accuracy(List<(LabelledRow Row, SentimentResult Got)> rows) => (double)Correct(rows) / rows.Count;

    private static void Confusion(StringBuilder report, string split, List<(LabelledRow Row, SentimentResult Got)> rows)
    {
        var labels = Enum.GetValues<SentimentLabel>();
        report.AppendLine($"Confusion, split {split} (rows: expected, columns: scored):");
        report.AppendLine($"  {"",-9}{string.Join("", labels.Select(l => $"{l,10}"))}");
        foreach (var expected in labels)
            report.AppendLine($"  {expected,-9}{string.Join("", labels.Select(got => $"{rows.Count(s => s.Row.Expected == expected && s.Got.Label == got),10}"))}");
    }
}
