namespace PluginCrm.Training.Learning;

/// <summary>The lesson a learner is at: its content as the learner's version has it.</summary>
public sealed record NextLesson(string Key, string Title, string Kind, string? Body, string? Url, string? Document, int? Minutes);
