namespace PluginCrm.Bench;

/// <summary>One scenario's request latencies, and the wall time its measured requests took in all.</summary>
public sealed class Latencies
{
    private readonly List<double> milliseconds = [];
    private TimeSpan wall;

    public int Count => milliseconds.Count;

    /// <summary>The measured requests' latencies added up.</summary>
    public TimeSpan Sum => TimeSpan.FromMilliseconds(milliseconds.Sum());

    public void Add(TimeSpan latency) => milliseconds.Add(latency.TotalMilliseconds);

    public void AddWall(TimeSpan elapsed) => wall += elapsed;

    /// <summary>One call timed on its own (a query): its latency and its wall time, unless it is a warm-up.</summary>
    public void AddSingle(TimeSpan elapsed, bool measure)
    {
        if (!measure)
            return;
        Add(elapsed);
        AddWall(elapsed);
    }

    public double RequestsPerSecond => Count / wall.TotalSeconds;

    public double MeanMs => milliseconds.Average();

    public double StdDevMs => Math.Sqrt(milliseconds.Sum(m => (m - MeanMs) * (m - MeanMs)) / (Count - 1));

    /// <summary>How far the mean itself may be off: what a difference of two means has to beat.</summary>
    public double StandardErrorMs => StdDevMs / Math.Sqrt(Count);

    public double P50Ms => Percentile(0.50);

    public double P95Ms => Percentile(0.95);

    // Nearest rank: the smallest latency that at least this share of requests did not exceed.
    private double Percentile(double share) => milliseconds.Order().ElementAt((int)Math.Ceiling(share * Count) - 1);
}
