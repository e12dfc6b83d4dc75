namespace Deskbench.Infra.Docker.Tests;

/// <summary>Docker tests run one at a time: they count containers and measure start-up on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public static class DockerCollection
{
    public const string Name = "docker";
}
