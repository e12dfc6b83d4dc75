namespace Deskbench.Evaluators.Text;

/// <summary>
/// rapidfuzz's <c>fuzz.ratio</c>: the normalized Indel similarity × 100, i.e. <c>100 · (1 − (|a| + |b| − 2·LCS) / (|a| + |b|))</c>
/// over code points (Python strings are code-point sequences); two empty inputs score 100.
/// </summary>
public static class FuzzRatio
{
    public static double Ratio(string left, string right) =>
        Ratio(ToCodePoints(left), ToCodePoints(right), EqualityComparer<int>.Default);

    public static double Ratio<T>(IReadOnlyList<T> left, IReadOnlyList<T> right, IEqualityComparer<T> comparer)
    {
        var total = left.Count + right.Count;
        if (total == 0)
        {
            return 100.0;
        }

        var distance = total - (2 * LongestCommonSubsequence(left, right, comparer));
        return 100.0 * (1.0 - ((double)distance / total));
    }

    public static int LongestCommonSubsequence<T>(IReadOnlyList<T> left, IReadOnlyList<T> right, IEqualityComparer<T> comparer)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var previous = new int[right.Count + 1];
        var current = new int[right.Count + 1];
        for (var i = 1; i <= left.Count; i++)
        {
            for (var j = 1; j <= right.Count; j++)
            {
                current[j] = comparer.Equals(left[i - 1], right[j - 1])
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[right.Count];
    }

    internal static int[] ToCodePoints(string text) => [.. text.EnumerateRunes().Select(rune => rune.Value)];
}
