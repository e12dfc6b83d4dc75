namespace Deskbench.Infra.Local.Tests;

/// <summary>Timing measurements run alone, so parallel tests do not inflate them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AcquireTimingCollection
{
    public const string Name = "acquire timing";
}
