namespace Deskbench.Guest.Accessibility;

/// <summary>
/// One element of the OSWorld accessibility XML: its tag (role name with spaces as <c>-</c>), attributes with their
/// prefixes (<c>name</c>, <c>st:visible</c>, <c>cp:size</c>, …) in OSWorld's order, text and children.
/// </summary>
public sealed class AccessibleElement(string tag)
{
    private readonly List<KeyValuePair<string, string>> _attributes = [];

    public string Tag { get; } = tag;

    public IReadOnlyList<KeyValuePair<string, string>> Attributes => _attributes;

    public string Text { get; set; } = "";

    public List<AccessibleElement> Children { get; } = [];

    /// <summary>Sets an attribute; a name set twice keeps its first place and takes the last value (a Python dict).</summary>
    public void Set(string name, string value)
    {
        for (var i = 0; i < _attributes.Count; i++)
        {
            if (_attributes[i].Key == name)
            {
                _attributes[i] = new KeyValuePair<string, string>(name, value);
                return;
            }
        }

        _attributes.Add(new KeyValuePair<string, string>(name, value));
    }

    public string? Get(string name)
    {
        foreach (var (key, value) in _attributes)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>This element and every descendant, depth first in document order.</summary>
    public IEnumerable<AccessibleElement> DescendantsAndSelf()
    {
        var stack = new Stack<AccessibleElement>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            for (var i = element.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(element.Children[i]);
            }
        }
    }
}
