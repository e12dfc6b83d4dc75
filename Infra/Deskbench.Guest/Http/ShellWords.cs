using System.Text;

namespace Deskbench.Guest.Http;

/// <summary>
/// Splits a command line the way Python's <c>shlex.split</c> does (POSIX mode, no comments): whitespace separates words,
/// single quotes are literal, double quotes allow <c>\"</c> and <c>\\</c>, a backslash outside quotes escapes any character.
/// </summary>
public static class ShellWords
{
    /// <summary>Splits <paramref name="commandLine"/>; throws <see cref="FormatException"/> for an unclosed quote or a trailing backslash.</summary>
    public static IReadOnlyList<string> Split(string commandLine)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < commandLine.Length; i++)
        {
            var c = commandLine[i];
            switch (c)
            {
                case ' ' or '\t' or '\n' or '\r':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }

                    break;
                case '\'':
                    inWord = true;
                    var close = commandLine.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        throw new FormatException("No closing quotation");
                    }

                    word.Append(commandLine, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    inWord = true;
                    i = ReadDoubleQuoted(commandLine, i + 1, word);
                    break;
                case '\\':
                    inWord = true;
                    if (i + 1 >= commandLine.Length)
                    {
                        throw new FormatException("No escaped character");
                    }

                    word.Append(commandLine[++i]);
                    break;
                default:
                    inWord = true;
                    word.Append(c);
                    break;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Reads up to the closing double quote, returning its index.</summary>
    private static int ReadDoubleQuoted(string text, int start, StringBuilder word)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                return i;
            }

            if (c == '\\')
            {
                if (i + 1 >= text.Length)
                {
                    throw new FormatException("No closing quotation");
                }

                var next = text[i + 1];
                if (next is '"' or '\\')
                {
                    word.Append(next);
                }
                else
                {
                    word.Append(c).Append(next);
                }

                i++;
                continue;
            }

            word.Append(c);
        }

        throw new FormatException("No closing quotation");
    }
}
