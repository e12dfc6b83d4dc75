using Deskbench.Core.Environments;
using Deskbench.Infra.Docker.External;

namespace Deskbench.Infra.Docker.Tests;

/// <summary>External-image mode from <c>DESKBENCH_DOCKER_*</c> variables, and the layouts' port maps (no engine needed).</summary>
public sealed class ExternalImageSettingsTests : IDisposable
{
    private static readonly ScreenSize Screen = new(1920, 1080);
    private readonly string _disk = Path.Combine(Path.GetTempPath(), $"deskbench-{Guid.NewGuid():N}.qcow2");

    public ExternalImageSettingsTests() => File.WriteAllText(_disk, "stand-in");

    public void Dispose() => File.Delete(_disk);

    [Fact]
    public void Without_an_external_image_the_mode_is_off()
    {
        var options = DockerProviderSettings.FromEnvironment(Screen, _ => null);

        Assert.Null(options.External);
    }

    [Fact]
    public void The_variables_become_OSWorlds_container_settings_and_the_ready_timeout_is_shared()
    {
        var variables = new Dictionary<string, string>
        {
            [ExternalImageSettings.ImageVariable] = "happysixd/osworld-docker",
            [ExternalImageSettings.VmDiskVariable] = _disk,
            [ExternalImageSettings.RamVariable] = "8g",
            [ExternalImageSettings.CpusVariable] = "2",
            [ExternalImageSettings.DiskSizeVariable] = "64G",
            [ExternalImageSettings.EnvironmentVariable] = "A=1; B=two",
            [DockerProviderSettings.ReadyTimeoutVariable] = "450",
        };

        var external = DockerProviderSettings.FromEnvironment(Screen, name => variables.GetValueOrDefault(name)).External;

        Assert.NotNull(external);
        Assert.Equal("happysixd/osworld-docker", external.Image);
        Assert.Equal(ExternalImageLayout.OsWorld, external.Layout);
        Assert.Equal(_disk, external.VmDisk);
        Assert.Equal(("8G", 2, "64G"), (external.RamSize, external.CpuCores, external.DiskSize));
        Assert.Equal(["A=1", "B=two"], external.Environment);
        Assert.Equal(TimeSpan.FromSeconds(450), external.ReadinessTimeout);
    }

    [Fact]
    public void Defaults_are_OSWorlds()
    {
        var external = ExternalImageSettings.FromEnvironment(name => name == ExternalImageSettings.ImageVariable ? "img" : null, null)!;

        Assert.Equal(("4G", 4, "32G"), (external.RamSize, external.CpuCores, external.DiskSize));
        Assert.Equal(TimeSpan.FromSeconds(300), external.ReadinessTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), external.PollInterval);
        Assert.Equal([5000, 9222, 8006, 8080], ExternalImagePorts.Of(ExternalImageLayout.OsWorld));
        Assert.Equal("/System.qcow2", ExternalImagePorts.DiskMountPoint(ExternalImageLayout.OsWorld));
    }

    [Fact]
    public void The_waa_layout_publishes_rdp_and_mounts_the_storage_folder()
    {
        var external = ExternalImageSettings.FromEnvironment(
            name => name switch { ExternalImageSettings.ImageVariable => "windowsarena/winarena", ExternalImageSettings.LayoutVariable => "waa", _ => null }, null)!;

        Assert.Equal(ExternalImageLayout.WindowsAgentArena, external.Layout);
        Assert.Equal([5000, 9222, 8006, 3389], ExternalImagePorts.Of(external.Layout));
        Assert.Equal("/storage", ExternalImagePorts.DiskMountPoint(external.Layout));
    }

    [Theory]
    [InlineData(ExternalImageSettings.VmDiskVariable, "/no/such/Ubuntu.qcow2")]
    [InlineData(ExternalImageSettings.LayoutVariable, "vmware")]
    [InlineData(ExternalImageSettings.CpusVariable, "many")]
    [InlineData(ExternalImageSettings.RamVariable, "lots")]
    [InlineData(ExternalImageSettings.EnvironmentVariable, "JUSTANAME")]
    public void A_bad_value_is_one_clear_error_naming_the_variable(string variable, string value)
    {
        var error = Assert.Throws<FormatException>(() => DockerProviderSettings.FromEnvironment(
            Screen, name => name == ExternalImageSettings.ImageVariable ? "img" : name == variable ? value : null));

        Assert.StartsWith($"{variable}='{value}': expected ", error.Message, StringComparison.Ordinal);
    }
}
