using System.Globalization;

namespace Deskbench.Guest.Session;

/// <summary>A local X display such as <c>:5</c> (an optional screen suffix <c>.0</c> is accepted and dropped).</summary>
public readonly record struct XDisplayName(int Number)
{
    /// <summary>The lock file an X server on this display holds (<c>/tmp/.X5-lock</c>), containing its pid.</summary>
    public string LockFilePath => $"/tmp/.X{Number.ToString(CultureInfo.InvariantCulture)}-lock";

    /// <summary>The Unix socket an X server on this display listens on (<c>/tmp/.X11-unix/X5</c>).</summary>
    public string SocketPath => $"/tmp/.X11-unix/X{Number.ToString(CultureInfo.InvariantCulture)}";

    public override string ToString() => ":" + Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses <c>:5</c>, <c>:5.0</c> or <c>5</c>; remote displays (<c>host:5</c>) are not local and are rejected.</summary>
    public static bool TryParse(string? text, out XDisplayName display)
    {
        display = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        if (value.StartsWith(':'))
        {
            value = value[1..];
        }

        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            value = value[..dot];
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 65535)
        {
            return false;
        }

        display = new XDisplayName(number);
        return true;
    }

    public static XDisplayName Parse(string text) =>
        TryParse(text, out var display) ? display : throw new FormatException($"'{text}' is not a local X display such as :5");
}
