using Deskbench.Core.Agents;
using Deskbench.Core.Tasks;
using Deskbench.Harness.Trajectory;

namespace Deskbench.Harness.Episodes;

/// <summary>One episode to run: the task, the agent that attempts it, and where its trajectory goes.</summary>
public sealed record EpisodeRequest(string RunId, TaskSpec Task, IAgent Agent, ITrajectoryRecorder Recorder);
