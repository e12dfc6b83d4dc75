using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Python;

/// <summary><see cref="PythonEquality"/> as an equality comparer (hashing by the Python type's string form).</summary>
public sealed class PythonEqualityComparer : IEqualityComparer<JsonNode?>
{
    public static PythonEqualityComparer Instance { get; } = new();

    public bool Equals(JsonNode? x, JsonNode? y) => PythonEquality.AreEqual(x, y);

    public int GetHashCode(JsonNode? obj) => PythonValues.IsNumeric(obj)
        ? PythonValues.GetFloat(obj).GetHashCode()
        : StringComparer.Ordinal.GetHashCode(PythonFormatting.Repr(obj));
}
