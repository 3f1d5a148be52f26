namespace PluginCrm.Host.Jobs;

/// <summary><c>POST /api/jobs/{key}/run</c>'s answer: the job ran.</summary>
public sealed record JobRunOnDemand(string Key, bool Ran);
