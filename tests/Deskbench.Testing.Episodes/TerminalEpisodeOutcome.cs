using Deskbench.Core.Results;

namespace Deskbench.Testing.Episodes;

/// <summary>What one terminal episode left behind: the stored result, the run's success rate and the trajectory file's text.</summary>
public sealed record TerminalEpisodeOutcome(EpisodeResult Result, double Success, string Trajectory);
