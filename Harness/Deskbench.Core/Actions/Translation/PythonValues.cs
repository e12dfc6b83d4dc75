using System.Globalization;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Python semantics for the values the subset parser evaluates: <c>repr</c>-like descriptions for messages and the
/// arithmetic agents use in arguments (<c>+ - * / // % **</c> on numbers, <c>+</c> and <c>*</c> on strings and sequences).
/// Operations that Python would reject throw <see cref="ArgumentException"/> with Python's wording.
/// </summary>
internal static class PythonValues
{
    public static string TypeName(object? value) => value switch
    {
        null => "NoneType",
        bool => "bool",
        long => "int",
        double => "float",
        string => "str",
        object?[] => "tuple",
        PythonReference => "function",
        _ => value.GetType().Name,
    };

    /// <summary>Python's <c>repr</c>, shortened for long strings.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FormatFloat(d),
        string s => Quote(s.Length > 60 ? s[..57] + "..." : s),
        object?[] items => "(" + string.Join(", ", items.Select(Describe)) + (items.Length == 1 ? ",)" : ")"),
        PythonReference r => r.Name,
        _ => value.ToString() ?? "",
    };

    public static bool IsNumber(object? value) => value is long or double or bool;

    public static double ToDouble(object? value) => value switch
    {
        long l => l,
        double d => d,
        bool b => b ? 1 : 0,
        _ => throw new ArgumentException($"expected a number, got {TypeName(value)} {Describe(value)}"),
    };

    public static object? Negate(object? value) => value switch
    {
        long l => (object)(-l),
        double d => (object)(-d),
        bool b => (object)(b ? -1L : 0L),
        _ => throw new ArgumentException($"bad operand type for unary -: '{TypeName(value)}'"),
    };

    public static object? Binary(string op, object? left, object? right)
    {
        if (IsNumber(left) && IsNumber(right))
        {
            return Arithmetic(op, left, right);
        }

        return (op, left, right) switch
        {
            ("+", string a, string b) => a + b,
            ("+", object?[] a, object?[] b) => a.Concat(b).ToArray(),
            ("*", string s, long n) => Repeat(s, n),
            ("*", long n, string s) => Repeat(s, n),
            ("%", string, _) => throw new ArgumentException("%-formatting of strings is not supported; write the text literally"),
            _ => throw new ArgumentException(
                $"unsupported operand types for {op}: '{TypeName(left)}' and '{TypeName(right)}'"),
        };
    }

    private static string Repeat(string s, long n) => n <= 0 ? "" : string.Concat(Enumerable.Repeat(s, (int)Math.Min(n, 100_000)));

    private static object Arithmetic(string op, object? left, object? right)
    {
        if (left is double || right is double || op == "/")
        {
            var a = ToDouble(left);
            var b = ToDouble(right);
            if (b == 0 && op is "/" or "//" or "%")
            {
                throw new ArgumentException("division by zero");
            }

            return op switch
            {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                "/" => a / b,
                "//" => Math.Floor(a / b),
                "%" => a - (b * Math.Floor(a / b)),
                "**" => Math.Pow(a, b),
                _ => throw new ArgumentException($"unsupported operator {op}"),
            };
        }

        var x = (long)ToDouble(left);
        var y = (long)ToDouble(right);
        if (y == 0 && op is "//" or "%")
        {
            throw new ArgumentException("integer division or modulo by zero");
        }

        return op switch
        {
            "+" => x + y,
            "-" => x - y,
            "*" => x * y,
            "//" => FloorDivide(x, y),
            "%" => x - (y * FloorDivide(x, y)),
            "**" => y >= 0 ? (object)(long)Math.Pow(x, y) : Math.Pow(x, y),
            _ => throw new ArgumentException($"unsupported operator {op}"),
        };
    }

    private static long FloorDivide(long x, long y)
    {
        var q = x / y;
        return (x % y != 0) && ((x < 0) != (y < 0)) ? q - 1 : q;
    }

    private static string FormatFloat(double d)
    {
        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) || text == "NaN" ? text : text + ".0";
    }

    private static string Quote(string s)
    {
        var quote = s.Contains('\'', StringComparison.Ordinal) && !s.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var escaped = s.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal);
        if (quote == '\'')
        {
            escaped = escaped.Replace("'", "\\'", StringComparison.Ordinal);
        }

        return quote + escaped + quote;
    }
}
