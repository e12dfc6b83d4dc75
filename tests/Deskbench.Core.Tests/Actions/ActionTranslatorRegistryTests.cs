using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;

namespace Deskbench.Core.Tests.Actions;

public sealed class ActionTranslatorRegistryTests
{
    [Fact]
    public void Default_registry_has_the_built_in_spaces()
    {
        var registry = ActionTranslatorRegistry.CreateDefault();
        Assert.IsType<PyAutoGuiTranslator>(registry.Get(ActionSpaces.PyAutoGui));
        Assert.IsType<Computer13Translator>(registry.Get(ActionSpaces.Computer13));
        Assert.IsType<DeskbenchActionTranslator>(registry.Get(ActionSpaces.Deskbench));
        Assert.Same(registry.Get(ActionSpaces.PyAutoGui), registry.Get(ActionTranslatorRegistry.ClaudeComputerUseSpace));
        Assert.Equal(7, registry.Spaces.Count);
    }

    [Fact]
    public void Translate_uses_the_space_translator()
    {
        var registry = ActionTranslatorRegistry.CreateDefault();
        ActionAssert.Equal([new ClickAction(1, 2)], registry.Translate("pyautogui", AgentAction.FromCode("pyautogui.click(1, 2)")));
        ActionAssert.Equal([new DoneAction()], registry.Translate("computer_13", AgentAction.FromCode("DONE")));
    }

    [Fact]
    public void Default_registry_passes_the_screen_size_to_computer_13()
    {
        var registry = ActionTranslatorRegistry.CreateDefault(800, 600);
        var e = Assert.Throws<ActionTranslationException>(() =>
            registry.Translate("computer_13", AgentAction.FromCode("""{"action_type":"CLICK","x":900,"y":10}""")));
        Assert.Contains("between 0 and 800", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_space_names_the_known_ones()
    {
        var registry = ActionTranslatorRegistry.CreateDefault();
        var e = Assert.Throws<ArgumentException>(() => registry.Get("mouse_only"));
        Assert.Contains("unknown action space 'mouse_only'", e.Message, StringComparison.Ordinal);
        Assert.Contains("computer_13, deskbench, openai, pyautogui, waa", e.Message, StringComparison.Ordinal);
        Assert.False(registry.TryGet("mouse_only", out _));
    }

    [Fact]
    public void Register_adds_an_alias()
    {
        var registry = new ActionTranslatorRegistry([new PyAutoGuiTranslator()]);
        Assert.False(registry.TryGet("autoglm_computer_use", out _));
        registry.Register("autoglm_computer_use", registry.Get("pyautogui"));
        Assert.True(registry.TryGet("autoglm_computer_use", out var translator));
        Assert.IsType<PyAutoGuiTranslator>(translator);
    }
}
