namespace Deskbench.Harness.Tests;

public sealed class PathSegmentTests
{
    [Theory]
    [InlineData("94d95f96-9699-4208-98ba-3c3119edf9c2", "94d95f96-9699-4208-98ba-3c3119edf9c2")]
    [InlineData("org/model-name", "org_model-name")]
    [InlineData("..", "_")]
    [InlineData("", "_")]
    [InlineData("a\\b:c", "a_b_c")]
    public void Makes_one_safe_folder_name(string name, string expected) =>
        Assert.Equal(expected, PathSegment.Sanitize(name));
}
