using Microsoft.ML.Tokenizers;

namespace Deskbench.Harness.Observations;

/// <summary>
/// OSWorld's <c>trim_accessibility_tree</c>: caps the linearized tree at a number of GPT-4 tokens (tiktoken cl100k_base);
/// a longer text is cut to its first <c>maxTokens</c> tokens, decoded, and <see cref="Marker"/> is appended.
/// </summary>
public static class AccessibilityTreeTrimmer
{
    /// <summary>OSWorld's default <c>a11y_tree_max_tokens</c>.</summary>
    public const int DefaultMaxTokens = 10000;

    /// <summary>What OSWorld appends to a trimmed tree.</summary>
    public const string Marker = "[...]\n";

    private static readonly Lazy<TiktokenTokenizer> Gpt4 = new(() => TiktokenTokenizer.CreateForModel("gpt-4"));

    /// <summary>The number of GPT-4 tokens of <paramref name="text"/>.</summary>
    public static int CountTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Gpt4.Value.CountTokens(text);
    }

    /// <summary>The text itself when it has at most <paramref name="maxTokens"/> tokens; else its first tokens plus <see cref="Marker"/>.</summary>
    public static string Trim(string text, int maxTokens = DefaultMaxTokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxTokens);
        var ids = Gpt4.Value.EncodeToIds(text);
        return ids.Count <= maxTokens ? text : Gpt4.Value.Decode(ids.Take(maxTokens)) + Marker;
    }
}
