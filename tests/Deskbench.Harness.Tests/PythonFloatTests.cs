using Deskbench.Core.Results;

namespace Deskbench.Harness.Tests;

public sealed class PythonFloatTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.5, "0.5")]
    [InlineData(0.25, "0.25")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(2.0 / 3, "0.6666666666666666")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(0.000015, "1.5e-05")]
    [InlineData(12345.0, "12345.0")]
    [InlineData(1e16, "1e+16")]
    public void Formats_as_python_repr(double value, string expected) =>
        Assert.Equal(expected, PythonFloat.Format(value));
}
