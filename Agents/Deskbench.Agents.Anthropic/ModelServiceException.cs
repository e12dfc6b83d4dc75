namespace Deskbench.Agents.Anthropic;

/// <summary>The model service refused a request for good (after retries): the episode ends as an agent error with the vendor's message.</summary>
public sealed class ModelServiceException : Exception
{
    public ModelServiceException(string message) : base(message) { }

    public ModelServiceException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The HTTP status, when the service answered.</summary>
    public int? StatusCode { get; init; }
}
