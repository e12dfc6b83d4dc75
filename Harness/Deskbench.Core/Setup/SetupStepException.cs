namespace Deskbench.Core.Setup;

/// <summary>Setup step number <see cref="StepIndex"/> (0-based) of type <see cref="StepType"/> failed.</summary>
public sealed class SetupStepException(int stepIndex, string stepType, string message, Exception? inner = null)
    : Exception($"setup step {stepIndex} ({stepType}) failed: {message}", inner)
{
    public int StepIndex { get; } = stepIndex;
    public string StepType { get; } = stepType;
}
