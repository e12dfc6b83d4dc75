namespace Deskbench.Harness.Results;

/// <summary>
/// <c>args.json</c> in the run folder, with the keys of OSWorld's <c>run_multienv.py</c> arguments that have a
/// Deskbench meaning, so OSWorld's result tools find what they expect.
/// </summary>
public sealed record OsWorldArgs
{
    public string? PathToVm { get; init; }
    public bool Headless { get; init; } = true;
    public required string ActionSpace { get; init; }
    public required string ObservationType { get; init; }
    public double SleepAfterExecution { get; init; }
    public required int MaxSteps { get; init; }
    public string? TestConfigBaseDir { get; init; }
    public required string Model { get; init; }
    public string Domain { get; init; } = "all";
    public string? TestAllMetaPath { get; init; }
    public required string ResultDir { get; init; }
    public int NumEnvs { get; init; } = 1;
    public required string ProviderName { get; init; }
    public int ScreenWidth { get; init; } = 1920;
    public int ScreenHeight { get; init; } = 1080;
}
