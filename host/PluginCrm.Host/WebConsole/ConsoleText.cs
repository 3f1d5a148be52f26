namespace PluginCrm.Host.WebConsole;

/// <summary>The console's labels: <c>ConsoleText.resx</c> (English) and <c>ConsoleText.zh-CN.resx</c> (Chinese).</summary>
public sealed class ConsoleText;
