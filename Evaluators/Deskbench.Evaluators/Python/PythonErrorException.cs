namespace Deskbench.Evaluators.Python;

/// <summary>
/// The operation raises a Python exception in OSWorld (<see cref="Kind"/> is its class: TypeError, KeyError, IndexError,
/// AttributeError, ValueError). Metrics that catch it in OSWorld catch it here; elsewhere it is an evaluation error.
/// </summary>
public sealed class PythonErrorException(string kind, string message) : Exception($"{kind}: {message}")
{
    public string Kind { get; } = kind;

    public static PythonErrorException TypeError(string message) => new("TypeError", message);

    public static PythonErrorException KeyError(string key) => new("KeyError", key);

    public static PythonErrorException IndexError(string message) => new("IndexError", message);

    public static PythonErrorException AttributeError(string message) => new("AttributeError", message);

    public static PythonErrorException ValueError(string message) => new("ValueError", message);
}
