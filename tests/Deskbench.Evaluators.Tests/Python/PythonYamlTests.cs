using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Tests.Python;

public sealed class PythonYamlTests
{
    [Fact]
    public void Safe_load_resolves_scalars_like_pyyaml()
    {
        const string yaml = """
            title: Site
            author:
              name: Test Account
            flags: [yes, No, on, OFF, true]
            ints: [0x1F, 0o17, 017, 1_000, -42, 1:30]
            floats: [1.5, .inf, -.Inf, 6.8e+2]
            nothing: ~
            empty:
            quoted: "yes"
            base: &b {k: 1}
            merged:
              <<: *b
              j: 2
            """;
        // PyYAML: {'title': 'Site', 'author': {'name': 'Test Account'}, 'flags': [True, False, True, False, True],
        //  'ints': [31, '0o17', 15, 1000, -42, 90], 'floats': [1.5, inf, -inf, 680.0], 'nothing': None, 'empty': None,
        //  'quoted': 'yes', 'base': {'k': 1}, 'merged': {'k': 1, 'j': 2}}
        Assert.Equal(
            "{'title': 'Site', 'author': {'name': 'Test Account'}, 'flags': [True, False, True, False, True], " +
            "'ints': [31, '0o17', 15, 1000, -42, 90], 'floats': [1.5, inf, -inf, 680.0], 'nothing': None, 'empty': None, " +
            "'quoted': 'yes', 'base': {'k': 1}, 'merged': {'k': 1, 'j': 2}}",
            PythonFormatting.Str(PythonYaml.SafeLoad(yaml)));
    }

    [Fact]
    public void An_empty_document_is_None()
    {
        Assert.Null(PythonYaml.SafeLoad(string.Empty));
    }
}
