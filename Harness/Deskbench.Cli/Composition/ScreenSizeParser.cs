using Deskbench.Core.Environments;

namespace Deskbench.Cli.Composition;

public static class ScreenSizeParser
{
    /// <summary>Parses <c>WIDTHxHEIGHT</c> (e.g. 1920x1080); throws <see cref="CliException"/> naming the option otherwise.</summary>
    public static ScreenSize Parse(string text, string optionName)
    {
        var parts = text.Split('x', 'X');
        if (parts.Length == 2 && int.TryParse(parts[0], out var w) && int.TryParse(parts[1], out var h) && w >= 320 && h >= 200 && w <= 8192 && h <= 8192)
        {
            return new ScreenSize(w, h);
        }

        throw new CliException($"{optionName} '{text}': expected WIDTHxHEIGHT between 320x200 and 8192x8192, e.g. 1920x1080");
    }
}
