using System.Globalization;
using System.Text;

namespace Deskbench.Testing;

/// <summary>Parses the lines xprop prints: <c>NAME(TYPE) = "a", "b"</c> and <c>NAME(WINDOW): window id # 0x1, 0x2</c>.</summary>
public static class XpropText
{
    /// <summary>The window ids listed after "window id #" on the line for <paramref name="property"/>.</summary>
    public static IReadOnlyList<long> WindowIds(string output, string property)
    {
        var line = LineFor(output, property);
        var marker = line?.IndexOf('#', StringComparison.Ordinal) ?? -1;
        if (line is null || marker < 0)
        {
            return [];
        }

        return line[(marker + 1)..]
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(id => long.Parse(id.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .ToList();
    }

    /// <summary>The quoted strings on the line for <paramref name="property"/> (C escapes decoded), empty when absent.</summary>
    public static IReadOnlyList<string> Strings(string output, string property)
    {
        var line = LineFor(output, property);
        if (line is null)
        {
            return [];
        }

        var strings = new List<string>();
        var bytes = new List<byte>();
        var inside = false;
        var raw = Encoding.UTF8.GetBytes(line);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (!inside)
            {
                inside = c == '"';
                continue;
            }

            if (c == '"')
            {
                strings.Add(Encoding.UTF8.GetString(bytes.ToArray()));
                bytes.Clear();
                inside = false;
            }
            else if (c == '\\' && i + 1 < raw.Length)
            {
                i = Unescape(raw, i + 1, bytes);
            }
            else
            {
                bytes.Add(c);
            }
        }

        return strings;
    }

    private static int Unescape(byte[] raw, int index, List<byte> bytes)
    {
        var c = raw[index];
        if (c is >= (byte)'0' and <= (byte)'7')
        {
            var value = 0;
            var end = index;
            while (end < raw.Length && end < index + 3 && raw[end] is >= (byte)'0' and <= (byte)'7')
            {
                value = (value * 8) + (raw[end] - '0');
                end++;
            }

            bytes.Add((byte)value);
            return end - 1;
        }

        bytes.Add(c switch
        {
            (byte)'n' => (byte)'\n',
            (byte)'t' => (byte)'\t',
            _ => c,
        });
        return index;
    }

    private static string? LineFor(string output, string property) =>
        output.Split('\n').FirstOrDefault(line => line.StartsWith(property + "(", StringComparison.Ordinal)
            && !line.Contains("not found", StringComparison.Ordinal));
}
