namespace Deskbench.Evaluators.Text;

/// <summary>
/// Python's <c>difflib.SequenceMatcher(None, a, b)</c> (autojunk on): the same longest-match recursion and the same
/// "popular element" rule (with <c>len(b) ≥ 200</c>, elements occurring more than <c>len(b)/100 + 1</c> times in b cannot
/// start a match), so <see cref="Ratio"/> equals Python's <c>ratio()</c>.
/// </summary>
public sealed class SequenceMatcher<T>
    where T : notnull
{
    private readonly IReadOnlyList<T> a;
    private readonly IReadOnlyList<T> b;
    private readonly IEqualityComparer<T> comparer;
    private readonly Dictionary<T, List<int>> bIndices;

    public SequenceMatcher(IReadOnlyList<T> a, IReadOnlyList<T> b, IEqualityComparer<T>? comparer = null, bool autoJunk = true)
    {
        this.a = a;
        this.b = b;
        this.comparer = comparer ?? EqualityComparer<T>.Default;
        bIndices = new Dictionary<T, List<int>>(this.comparer);
        for (var i = 0; i < b.Count; i++)
        {
            if (!bIndices.TryGetValue(b[i], out var indices))
            {
                indices = [];
                bIndices[b[i]] = indices;
            }

            indices.Add(i);
        }

        if (autoJunk && b.Count >= 200)
        {
            var limit = (b.Count / 100) + 1;
            foreach (var popular in bIndices.Where(pair => pair.Value.Count > limit).Select(pair => pair.Key).ToList())
            {
                bIndices.Remove(popular);
            }
        }
    }

    /// <summary><c>ratio()</c>: 2·M / (|a| + |b|), or 1.0 when both are empty.</summary>
    public double Ratio()
    {
        var total = a.Count + b.Count;
        return total == 0 ? 1.0 : 2.0 * MatchingCharacterCount() / total;
    }

    /// <summary>The total size of <c>get_matching_blocks()</c>.</summary>
    public int MatchingCharacterCount()
    {
        var matched = 0;
        var queue = new Stack<(int ALow, int AHigh, int BLow, int BHigh)>();
        queue.Push((0, a.Count, 0, b.Count));
        while (queue.Count > 0)
        {
            var (aLow, aHigh, bLow, bHigh) = queue.Pop();
            var (i, j, size) = FindLongestMatch(aLow, aHigh, bLow, bHigh);
            if (size == 0)
            {
                continue;
            }

            matched += size;
            if (aLow < i && bLow < j)
            {
                queue.Push((aLow, i, bLow, j));
            }

            if (i + size < aHigh && j + size < bHigh)
            {
                queue.Push((i + size, aHigh, j + size, bHigh));
            }
        }

        return matched;
    }

    /// <summary><c>find_longest_match(alo, ahi, blo, bhi)</c>.</summary>
    public (int A, int B, int Size) FindLongestMatch(int aLow, int aHigh, int bLow, int bHigh)
    {
        var bestI = aLow;
        var bestJ = bLow;
        var bestSize = 0;
        var lengths = new Dictionary<int, int>();
        for (var i = aLow; i < aHigh; i++)
        {
            var next = new Dictionary<int, int>();
            if (bIndices.TryGetValue(a[i], out var indices))
            {
                foreach (var j in indices)
                {
                    if (j < bLow)
                    {
                        continue;
                    }

                    if (j >= bHigh)
                    {
                        break;
                    }

                    var k = lengths.GetValueOrDefault(j - 1) + 1;
                    next[j] = k;
                    if (k > bestSize)
                    {
                        (bestI, bestJ, bestSize) = (i - k + 1, j - k + 1, k);
                    }
                }
            }

            lengths = next;
        }

        // No element is junk (isjunk is None), so popular elements may extend a match at both ends.
        while (bestI > aLow && bestJ > bLow && comparer.Equals(a[bestI - 1], b[bestJ - 1]))
        {
            (bestI, bestJ, bestSize) = (bestI - 1, bestJ - 1, bestSize + 1);
        }

        while (bestI + bestSize < aHigh && bestJ + bestSize < bHigh && comparer.Equals(a[bestI + bestSize], b[bestJ + bestSize]))
        {
            bestSize++;
        }

        return (bestI, bestJ, bestSize);
    }
}
