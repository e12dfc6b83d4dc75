using Deskbench.Core.Environments;

namespace Deskbench.Infra.Docker.Tests;

/// <summary>The docker provider's settings from environment variables (no engine needed).</summary>
public sealed class DockerProviderSettingsTests
{
    private static readonly ScreenSize Screen = new(1280, 720);

    [Fact]
    public void Variables_set_image_limits_pool_timeout_and_endpoint()
    {
        var variables = new Dictionary<string, string>
        {
            [DockerProviderSettings.ImageVariable] = "example/desktop:2",
            [DockerProviderSettings.CpusVariable] = "1.5",
            [DockerProviderSettings.MemoryVariable] = "2g",
            [DockerProviderSettings.WarmPoolVariable] = "1",
            [DockerProviderSettings.ReadyTimeoutVariable] = "45",
            [DockerEndpoint.HostVariable] = "unix:///run/other.sock",
        };

        var options = DockerProviderSettings.FromEnvironment(Screen, name => variables.GetValueOrDefault(name));

        Assert.Equal("example/desktop:2", options.Image);
        Assert.Equal(1.5, options.Cpus);
        Assert.Equal(2L * 1024 * 1024 * 1024, options.MemoryBytes);
        Assert.Equal(1, options.WarmPoolSize);
        Assert.Equal(TimeSpan.FromSeconds(45), options.ReadinessTimeout);
        Assert.Equal(new Uri("unix:///run/other.sock"), options.Endpoint);
        Assert.Equal(Screen, options.ScreenSize);
    }

    [Fact]
    public void Without_variables_the_defaults_apply()
    {
        var options = DockerProviderSettings.FromEnvironment(Screen, _ => null);

        Assert.Equal(LinuxImageRecipe.DefaultTag, options.Image);
        Assert.Null(options.Cpus);
        Assert.Null(options.MemoryBytes);
        Assert.Equal(0, options.WarmPoolSize);
        Assert.Equal(DockerEndpoint.DefaultSocket, options.Endpoint);
    }

    [Theory]
    [InlineData(DockerProviderSettings.CpusVariable, "-1")]
    [InlineData(DockerProviderSettings.MemoryVariable, "lots")]
    [InlineData(DockerProviderSettings.WarmPoolVariable, "many")]
    [InlineData(DockerProviderSettings.ReadyTimeoutVariable, "0")]
    public void A_bad_value_names_its_variable(string variable, string value)
    {
        var error = Assert.Throws<FormatException>(() => DockerProviderSettings.FromEnvironment(Screen, name => name == variable ? value : null));
        Assert.StartsWith($"{variable}='{value}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("512m", 512L * 1024 * 1024)]
    [InlineData("1048576", 1048576L)]
    [InlineData("1.5G", 1610612736L)]
    [InlineData("64kb", 65536L)]
    public void Docker_style_sizes_parse(string text, long bytes) => Assert.Equal(bytes, DockerProviderSettings.ParseBytes(text));
}
