namespace Deskbench.Core.Environments;

/// <summary>Provisions fresh desktops (local X session, container, VM …).</summary>
public interface IEnvironmentProvider
{
    /// <summary>Name used on the command line (<c>--provider NAME</c>).</summary>
    string Name { get; }

    /// <summary>Starts a fresh desktop and returns once its guest answers. Throws <see cref="EnvironmentStartException"/> when it cannot.</summary>
    Task<IEnvironment> AcquireAsync(EnvironmentRequest request, CancellationToken cancellationToken);
}
