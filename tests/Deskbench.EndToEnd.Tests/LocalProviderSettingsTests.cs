using Deskbench.Cli;
using Deskbench.Cli.Composition;
using Deskbench.Core.Environments;

namespace Deskbench.EndToEnd.Tests;

/// <summary>The local provider's <c>DESKBENCH_LOCAL_*</c> environment variables, as the CLI reads them.</summary>
public sealed class LocalProviderSettingsTests
{
    [Fact]
    public void The_display_start_variable_sets_the_first_display_number_and_defaults_to_90()
    {
        Assert.Equal(90, ProviderCatalog.LocalOptions(ScreenSize.Default, _ => null).DisplayRangeStart);
        var options = ProviderCatalog.LocalOptions(ScreenSize.Default, name => name == ProviderCatalog.LocalDisplayStartVariable ? "420" : null);
        Assert.Equal(420, options.DisplayRangeStart);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("ninety")]
    [InlineData("60001")]
    public void A_bad_display_start_is_an_error_naming_the_variable_and_what_was_expected(string value)
    {
        var error = Assert.Throws<CliException>(() =>
            ProviderCatalog.LocalOptions(ScreenSize.Default, name => name == ProviderCatalog.LocalDisplayStartVariable ? value : null));
        Assert.Contains($"DESKBENCH_LOCAL_DISPLAY_START='{value}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected a whole number from 1 to 60000", error.Message, StringComparison.Ordinal);
    }
}
