namespace Deskbench.Harness.Report;

/// <summary>The folder given to the report holds no run data (no <c>run.json</c> in it or below it).</summary>
public sealed class ReportInputException : Exception
{
    public ReportInputException()
    {
    }

    public ReportInputException(string message)
        : base(message)
    {
    }

    public ReportInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
