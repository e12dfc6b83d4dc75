namespace Deskbench.Evaluators.Documents;

/// <summary>
/// A document a metric needed could not be read (corrupt, truncated, password-protected or of another type). The message
/// names the file and the metric; the evaluator reports it as an evaluation error, not a score.
/// </summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string metric, string path, string problem, Exception? inner = null)
        : base($"{metric}: cannot read '{path}': {problem}", inner)
    {
        Metric = metric;
        FilePath = path;
    }

    /// <summary>The metric that needed the file.</summary>
    public string Metric { get; }

    /// <summary>The file that could not be read.</summary>
    public string FilePath { get; }
}
