namespace Deskbench.Infra.Docker;

/// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread (the default one posts to the thread pool, after the call returns).</summary>
internal sealed class SynchronousProgress<T>(Action<T> onReport) : IProgress<T>
{
    public void Report(T value) => onReport(value);
}
