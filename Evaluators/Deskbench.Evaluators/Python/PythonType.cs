namespace Deskbench.Evaluators.Python;

/// <summary>The Python type a JSON value becomes when OSWorld loads it (json.loads / getter return values).</summary>
public enum PythonType
{
    None,
    Bool,
    Int,
    Float,
    Str,
    List,
    Dict,
}
