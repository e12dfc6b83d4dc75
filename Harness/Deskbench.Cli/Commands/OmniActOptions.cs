using System.CommandLine;

namespace Deskbench.Cli.Commands;

/// <summary>The options of <c>deskbench run</c> that the OmniACT suite reads.</summary>
internal sealed record OmniActOptions(
    Option<string?> Root,
    Option<string> Split,
    Option<string?> Predictions,
    Option<string> Scoring,
    Option<string> Results,
    Option<string?> Model,
    Option<string?> Agent,
    Option<string?> AgentUrl,
    Option<string> AgentActionSpace,
    Option<double> AgentTimeout,
    Option<int> AgentRetries,
    Option<bool> Verbose,
    Option<string[]> SideFiles);
