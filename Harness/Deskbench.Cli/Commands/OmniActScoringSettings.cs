using Deskbench.Evaluators.OmniAct;

namespace Deskbench.Cli.Commands;

/// <summary>What <c>deskbench run --suite omniact --predictions FILE</c> needs.</summary>
public sealed record OmniActScoringSettings(
    string DatasetRoot,
    string Split,
    string PredictionsPath,
    OmniActScoringMode Mode,
    string ResultsPath,
    string? Model);
