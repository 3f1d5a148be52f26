namespace PluginCrm.Feedback.Surveys.Import;

/// <summary>What an import came to: answers added, rows already there (a re-run), and every row error; nothing is saved when there is one.</summary>
public sealed record AnswerImportReport(int Imported, int Unchanged, IReadOnlyList<AnswerImportError> Errors, bool DryRun);

/// <summary>One problem: the row (the header is row 1), the column, and why.</summary>
public sealed record AnswerImportError(int Row, string Column, string Reason);
