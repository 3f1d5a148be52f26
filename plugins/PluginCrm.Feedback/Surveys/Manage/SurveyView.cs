using PluginCrm.Feedback.Surveys.Definition;

namespace PluginCrm.Feedback.Surveys.Manage;

/// <summary>A survey as the API shows it: its draft definition, its published versions and how far it got.</summary>
public sealed record SurveyView(
    long Id, string Key, string Title, string Status, bool Anonymous, int CurrentVersion, SurveyDefinition Definition,
    IReadOnlyList<SurveyVersionView> Versions, int Invitations, int Answers, DateTime CreatedUtc, DateTime UpdatedUtc);

/// <summary>One published version.</summary>
public sealed record SurveyVersionView(int Number, DateTime PublishedUtc);

/// <summary><c>GET /api/feedback/surveys</c>: every survey.</summary>
public sealed record SurveyList(IReadOnlyList<SurveyView> Items);
