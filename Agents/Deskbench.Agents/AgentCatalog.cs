using Deskbench.Core.Agents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Agents;

/// <summary>Creates agents by name (<c>--agent NAME</c>): scripted, noop, fail, plus any a composition root adds.</summary>
public sealed class AgentCatalog
{
    private readonly Dictionary<string, Func<IAgent>> _factories;

    public AgentCatalog(IReadOnlyDictionary<string, Func<IAgent>> factories)
    {
        ArgumentNullException.ThrowIfNull(factories);
        _factories = new(factories, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The agents of this assembly.</summary>
    public static AgentCatalog CreateDefault(ILoggerFactory? loggerFactory = null)
    {
        var loggers = loggerFactory ?? NullLoggerFactory.Instance;
        return new AgentCatalog(new Dictionary<string, Func<IAgent>>
        {
            [ScriptedAgent.AgentName] = () => new ScriptedAgent(loggers.CreateLogger<ScriptedAgent>()),
            [NoopAgent.AgentName] = () => new NoopAgent(),
            [FailAgent.AgentName] = () => new FailAgent(),
        });
    }

    /// <summary>Known names, sorted.</summary>
    public IReadOnlyList<string> Names => [.. _factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>A catalog with one more (or a replaced) agent.</summary>
    public AgentCatalog With(string name, Func<IAgent> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        return new AgentCatalog(new Dictionary<string, Func<IAgent>>(_factories, StringComparer.OrdinalIgnoreCase) { [name] = factory });
    }

    /// <summary>A new agent named <paramref name="name"/> (case-insensitive); <see cref="UnknownAgentException"/> listing the known names otherwise.</summary>
    public IAgent Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _factories.TryGetValue(name.Trim(), out var factory) ? factory() : throw new UnknownAgentException(name, Names);
    }
}
