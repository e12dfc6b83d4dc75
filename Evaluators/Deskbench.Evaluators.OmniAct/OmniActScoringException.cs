namespace Deskbench.Evaluators.OmniAct;

/// <summary>OmniACT input that cannot be scored (malformed gold, misaligned predictions); the message names the item or file.</summary>
public sealed class OmniActScoringException : Exception
{
    public OmniActScoringException(string message)
        : base(message)
    {
    }

    public OmniActScoringException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
