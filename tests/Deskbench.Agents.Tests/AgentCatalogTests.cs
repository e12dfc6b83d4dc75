namespace Deskbench.Agents.Tests;

public sealed class AgentCatalogTests
{
    [Theory]
    [InlineData("scripted", typeof(ScriptedAgent))]
    [InlineData("noop", typeof(NoopAgent))]
    [InlineData("fail", typeof(FailAgent))]
    [InlineData(" NOOP ", typeof(NoopAgent))]
    public void Creates_known_agents_by_name(string name, Type expected)
    {
        var agent = AgentCatalog.CreateDefault().Create(name);

        Assert.IsType(expected, agent);
    }

    [Fact]
    public void Each_call_creates_a_new_agent()
    {
        var catalog = AgentCatalog.CreateDefault();

        Assert.NotSame(catalog.Create("scripted"), catalog.Create("scripted"));
    }

    [Fact]
    public void Unknown_name_is_an_error_listing_the_known_names()
    {
        var error = Assert.Throws<UnknownAgentException>(() => AgentCatalog.CreateDefault().Create("gpt-9"));

        Assert.Equal("gpt-9", error.AgentName);
        Assert.Contains("unknown agent 'gpt-9'", error.Message, StringComparison.Ordinal);
        Assert.Contains("fail, noop, scripted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_adds_an_agent_without_changing_the_original()
    {
        var original = AgentCatalog.CreateDefault();

        var extended = original.With("remote", () => new NoopAgent());

        Assert.Equal(["fail", "noop", "remote", "scripted"], extended.Names);
        Assert.IsType<NoopAgent>(extended.Create("remote"));
        Assert.Throws<UnknownAgentException>(() => original.Create("remote"));
    }
}
