namespace Deskbench.Tasks.OmniAct;

/// <summary>An OmniACT dataset that cannot be loaded; the message names the split index and the file.</summary>
public sealed class OmniActDatasetException : Exception
{
    public OmniActDatasetException(string message)
        : base(message)
    {
    }

    public OmniActDatasetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
