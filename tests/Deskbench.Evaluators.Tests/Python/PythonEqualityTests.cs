using Deskbench.Evaluators.Python;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Python;

public sealed class PythonEqualityTests
{
    [Theory]
    [InlineData("1", "1.0", true)]
    [InlineData("1", "true", true)]
    [InlineData("0.5", "0", false)]
    [InlineData("\"1\"", "1", false)]
    [InlineData("null", "null", true)]
    [InlineData("null", "0", false)]
    [InlineData("{\"a\": [1, 2]}", "{\"a\": [1.0, 2]}", true)]
    [InlineData("{\"a\": 1}", "{\"a\": 1, \"b\": 2}", false)]
    [InlineData("[1, [2]]", "[1, [2, 3]]", false)]
    public void Equality_follows_python(string left, string right, bool equal)
    {
        Assert.Equal(equal, PythonEquality.AreEqual(Metric.Json(left), Metric.Json(right)));
    }

    [Theory]
    [InlineData("\"\"", false)]
    [InlineData("\"0\"", true)]
    [InlineData("0", false)]
    [InlineData("0.0", false)]
    [InlineData("[]", false)]
    [InlineData("{}", false)]
    [InlineData("[0]", true)]
    [InlineData("\"false\"", true)]
    public void Truthiness_follows_python(string value, bool truthy)
    {
        Assert.Equal(truthy, PythonValues.IsTruthy(Metric.Json(value)));
    }

    [Fact]
    public void Membership_raises_where_python_does()
    {
        Assert.Throws<PythonErrorException>(() => PythonOperators.Contains(null, Metric.Text("a")));
        Assert.Throws<PythonErrorException>(() => PythonOperators.Contains(Metric.Text("abc"), Metric.Json("1")));
        Assert.True(PythonOperators.Contains(Metric.Json("""{"k": 1}"""), Metric.Text("k")));
        Assert.False(PythonOperators.Contains(Metric.Json("""{"k": 1}"""), Metric.Text("v")));
    }
}
