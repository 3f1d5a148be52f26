using System.Text;

namespace PluginCrm.Sdk.Testing;

/// <summary>
/// The console per async flow: commands run side by side in one test process each write to their own output and read
/// their own input, while everything else still reaches the real console. Installed once, on first use.
/// </summary>
internal static class FlowConsole
{
    private sealed record Streams(StringWriter Out, StringWriter Error, TextReader In);

    private static readonly AsyncLocal<Streams?> current = new();
    private static readonly Lock installing = new();
    private static bool installed;

    /// <summary>Runs <paramref name="body"/> with the console's output and error captured and <paramref name="input"/> as its input.</summary>
    public static async Task<(T Result, string Out, string Error)> CaptureAsync<T>(string input, Func<Task<T>> body)
    {
        Install();
        var streams = new Streams(new StringWriter(), new StringWriter(), new StringReader(input));
        current.Value = streams; // the caller's flow is untouched: an async method restores its own locals when it returns
        var result = await body();
        return (result, streams.Out.ToString(), streams.Error.ToString());
    }

    private static void Install()
    {
        lock (installing)
        {
            if (installed)
                return;
            Console.SetOut(new FlowWriter(Console.Out, s => s.Out));
            Console.SetError(new FlowWriter(Console.Error, s => s.Error));
            Console.SetIn(new FlowReader(Console.In));
            installed = true;
        }
    }

    private sealed class FlowWriter(TextWriter fallback, Func<Streams, TextWriter> pick) : TextWriter
    {
        private TextWriter Target => current.Value is { } streams ? pick(streams) : fallback;

        public override Encoding Encoding => fallback.Encoding;
        public override void Write(char value) => Target.Write(value);
        public override void Write(string? value) => Target.Write(value);
        public override void Write(char[] buffer, int index, int count) => Target.Write(buffer, index, count);
        public override void WriteLine(string? value) => Target.WriteLine(value);
        public override void Flush() => Target.Flush();

        // The base class would write on another thread; writing here keeps the order of the lines.
        public override Task WriteAsync(char value) { Write(value); return Task.CompletedTask; }
        public override Task WriteAsync(string? value) { Write(value); return Task.CompletedTask; }
        public override Task WriteLineAsync(string? value) { WriteLine(value); return Task.CompletedTask; }
        public override Task WriteLineAsync() { WriteLine(); return Task.CompletedTask; }
        public override Task FlushAsync() { Flush(); return Task.CompletedTask; }
    }

    private sealed class FlowReader(TextReader fallback) : TextReader
    {
        private TextReader Source => current.Value?.In ?? fallback;

        public override int Peek() => Source.Peek();
        public override int Read() => Source.Read();
        public override string? ReadLine() => Source.ReadLine();
        public override string ReadToEnd() => Source.ReadToEnd();
        public override Task<string?> ReadLineAsync() => Task.FromResult(Source.ReadLine());
        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Source.ReadLine());
    }
}
