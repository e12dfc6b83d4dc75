using Deskbench.Evaluators.OmniAct.Parsing;

namespace Deskbench.Evaluators.OmniAct.Scoring;

/// <summary>One gold action and its aligned prediction, in corrected mode.</summary>
internal sealed record CorrectedActionContext(OmniActGoldItem Gold, string GoldLine, PythonCall GoldCall, PythonCall? PredCall, string PredLine, ScoringNotes Notes);
