using Deskbench.Core.Guest;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Episodes;

/// <summary>The result of applying one agent action: its outcome, the traj.jsonl <c>info</c>, and whether it ends the episode.</summary>
internal sealed record ActionApplication(ActionOutcome Outcome, JsonObject Info, bool Done);
