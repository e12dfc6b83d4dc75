namespace Deskbench.Evaluators;

/// <summary>A metric was called with arguments OSWorld's function would reject (a Python TypeError at call time).</summary>
public sealed class MetricArgumentException(string message) : Exception(message);
