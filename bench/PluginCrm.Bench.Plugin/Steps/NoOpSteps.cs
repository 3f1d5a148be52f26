namespace PluginCrm.Bench.Plugin.Steps;

// Ten distinct types for ten registrations: one type added ten times would be one scoped instance reused.
internal sealed class NoOpStep01 : NoOpStep;
internal sealed class NoOpStep02 : NoOpStep;
internal sealed class NoOpStep03 : NoOpStep;
internal sealed class NoOpStep04 : NoOpStep;
internal sealed class NoOpStep05 : NoOpStep;
internal sealed class NoOpStep06 : NoOpStep;
internal sealed class NoOpStep07 : NoOpStep;
internal sealed class NoOpStep08 : NoOpStep;
internal sealed class NoOpStep09 : NoOpStep;
internal sealed class NoOpStep10 : NoOpStep;
