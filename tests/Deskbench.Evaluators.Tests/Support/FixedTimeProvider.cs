namespace Deskbench.Evaluators.Tests.Support;

/// <summary>A clock that always reads the given instant.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
