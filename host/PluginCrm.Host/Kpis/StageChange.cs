namespace PluginCrm.Host.Kpis;

/// <summary>
/// One audited change of a record with a stage: when, by which message, and its stage before and after (null where
/// the audit holds no record: before a create, after a delete).
/// </summary>
public sealed record StageChange<TStage>(DateTime OccurredUtc, string Message, TStage? Before, TStage? After) where TStage : struct, Enum;
