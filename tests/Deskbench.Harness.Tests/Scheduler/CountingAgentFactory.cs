using Deskbench.Agents;
using Deskbench.Core.Agents;

namespace Deskbench.Harness.Tests.Scheduler;

/// <summary>Creates the platform's fail agent (FAIL on the first step) and counts how many it made and how many were disposed.</summary>
internal sealed class CountingAgentFactory
{
    private int _created;
    private int _disposed;

    public int Created => Volatile.Read(ref _created);

    public int Disposed => Volatile.Read(ref _disposed);

    public IAgent Create()
    {
        Interlocked.Increment(ref _created);
        return new DisposalCountingAgent(new FailAgent(), () => Interlocked.Increment(ref _disposed));
    }
}
