using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;

namespace Deskbench.Core.Tests.Actions;

public sealed class PythonTokenizerTests
{
    [Fact]
    public void Tokens_carry_kind_value_and_position()
    {
        var tokens = PythonTokenizer.Tokenize("pyautogui.click(-1.5e2, 'a\\tb')\nx = 0x1F");
        Assert.Equal(
            ["pyautogui", ".", "click", "(", "-", "-1.5e2"[1..], ",", "'a\\tb'", ")", "\n", "x", "=", "0x1F", "\n", ""],
            tokens.Select(t => t.Text));
        Assert.Equal(150.0, tokens[5].Value);
        Assert.Equal("a\tb", tokens[7].Value);
        Assert.Equal(31L, tokens[12].Value);
        Assert.Equal((2, 3), (tokens[11].Line, tokens[11].Column));
        Assert.IsType<long>(PythonTokenizer.Tokenize("2")[0].Value);
        Assert.Equal(PythonTokenKind.End, tokens[^1].Kind);
    }

    [Fact]
    public void Newlines_inside_brackets_do_not_end_the_line()
    {
        var tokens = PythonTokenizer.Tokenize("f(\n1,\n2\n)\n");
        Assert.Single(tokens, t => t.Kind == PythonTokenKind.Newline);
    }

    [Fact]
    public void Unterminated_string_reports_line_and_column()
    {
        var e = Assert.Throws<ActionTranslationException>(() => PythonTokenizer.Tokenize("a = 1\nb = 'oops"));
        Assert.StartsWith("line 2, column 5:", e.Message, StringComparison.Ordinal);
    }
}
