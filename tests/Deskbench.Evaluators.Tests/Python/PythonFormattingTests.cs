using Deskbench.Evaluators.Python;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Python;

public sealed class PythonFormattingTests
{
    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(123.456, "123.456")]
    [InlineData(-2.5e-7, "-2.5e-07")]
    [InlineData(1.0 / 3.0, "0.3333333333333333")]
    [InlineData(100.0, "100.0")]
    [InlineData(0.0, "0.0")]
    public void Float_repr_matches_python(double value, string expected)
    {
        Assert.Equal(expected, PythonFormatting.FloatRepr(value));
    }

    [Fact]
    public void Str_of_containers_matches_python()
    {
        // Python: str({'a': [1, 2.0, None, True], 'b': "it's"})
        Assert.Equal("""{'a': [1, 2.0, None, True], 'b': "it's"}""",
            PythonFormatting.Str(Metric.Json("""{"a": [1, 2.0, null, true], "b": "it's"}""")));
    }

    [Fact]
    public void String_repr_escapes_like_python()
    {
        // Python: repr("a\tb\x01é'\"") == 'a\tb\x01é\'"'
        Assert.Equal("""'a\tb\x01é\'"'""", PythonFormatting.StringRepr("a\tb\u0001é'\""));
    }

    [Fact]
    public void Str_of_a_string_is_the_string_itself()
    {
        Assert.Equal("it's", PythonFormatting.Str(Metric.Text("it's")));
    }
}
