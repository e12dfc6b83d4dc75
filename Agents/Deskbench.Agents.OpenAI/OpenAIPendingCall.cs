using System.Text.Json.Nodes;

namespace Deskbench.Agents.OpenAI;

/// <summary>The model's last <c>computer_call</c>, answered at the next step with the new screenshot; errors found are reported with it.</summary>
internal sealed record OpenAIPendingCall(string CallId, JsonArray SafetyChecks, IReadOnlyList<string> Errors);
