namespace PluginCrm.Training.Enrolments;

/// <summary>A page of enrolments, newest first.</summary>
public sealed record EnrolmentPage(IReadOnlyList<EnrolmentRow> Items, int Total, int Page, int PageSize);
