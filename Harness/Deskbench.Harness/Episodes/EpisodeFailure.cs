using Deskbench.Core.Results;

namespace Deskbench.Harness.Episodes;

/// <summary>How a failed episode is recorded: whose failure it was, and the message.</summary>
public sealed record EpisodeFailure(EpisodeStatus Status, string Message);
