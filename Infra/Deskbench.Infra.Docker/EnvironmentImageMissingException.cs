namespace Deskbench.Infra.Docker;

/// <summary>The desktop image is not in the Docker engine.</summary>
public sealed class EnvironmentImageMissingException(string reference, Exception inner)
    : Exception($"the Docker engine has no image '{reference}'"
        + (reference.StartsWith(LinuxImageRecipe.Repository, StringComparison.Ordinal) ? "; build it with: deskbench image build linux" : string.Empty), inner)
{
    public string Reference { get; } = reference;
}
