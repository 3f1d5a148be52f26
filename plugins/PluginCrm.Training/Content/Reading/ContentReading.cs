namespace PluginCrm.Training.Content.Reading;

/// <summary>Every course of an imported directory, in an order where each comes after its prerequisites; or every error.</summary>
public sealed record ContentReading(IReadOnlyList<CourseReading> Courses, IReadOnlyList<ContentError> Errors);
