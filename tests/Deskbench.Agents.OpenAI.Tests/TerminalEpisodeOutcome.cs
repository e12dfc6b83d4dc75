using Deskbench.Core.Results;

namespace Deskbench.Agents.OpenAI.Tests;

/// <summary>What one terminal episode left behind: the stored result, the run's success rate and the trajectory file's text.</summary>
internal sealed record TerminalEpisodeOutcome(EpisodeResult Result, double Success, string Trajectory);
