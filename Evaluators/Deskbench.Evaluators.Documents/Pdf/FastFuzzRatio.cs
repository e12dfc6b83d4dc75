using System.Numerics;
using Deskbench.Evaluators.Text;

namespace Deskbench.Evaluators.Documents.Pdf;

/// <summary>
/// rapidfuzz's <c>fuzz.ratio</c> (same result as <see cref="FuzzRatio"/>) for long texts: the longest common subsequence
/// by the bit-parallel algorithm rapidfuzz uses (Hyyrö), O(n·m/64), so whole documents compare in milliseconds.
/// </summary>
internal static class FastFuzzRatio
{
    public static double Ratio(string left, string right)
    {
        var a = left.EnumerateRunes().Select(r => r.Value).ToArray();
        var b = right.EnumerateRunes().Select(r => r.Value).ToArray();
        var total = a.Length + b.Length;
        if (total == 0)
        {
            return 100.0;
        }

        if (a.AsSpan().SequenceEqual(b))
        {
            return 100.0;
        }

        var distance = total - (2 * LongestCommonSubsequence(a, b));
        return 100.0 * (1.0 - ((double)distance / total));
    }

    public static int LongestCommonSubsequence(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var words = (a.Length + 63) / 64;
        var masks = new Dictionary<int, ulong[]>();
        for (var i = 0; i < a.Length; i++)
        {
            if (!masks.TryGetValue(a[i], out var mask))
            {
                masks[a[i]] = mask = new ulong[words];
            }

            mask[i / 64] |= 1UL << (i % 64);
        }

        var v = new ulong[words];
        Array.Fill(v, ulong.MaxValue);
        var empty = new ulong[words];
        foreach (var c in b)
        {
            var mask = masks.TryGetValue(c, out var m) ? m : empty;
            ulong carry = 0;
            for (var w = 0; w < words; w++)
            {
                var u = v[w] & mask[w];
                var sum = v[w] + u;
                var carryOut = sum < v[w] ? 1UL : 0UL;
                var withCarry = sum + carry;
                if (withCarry < sum)
                {
                    carryOut = 1;
                }

                carry = carryOut;
                v[w] = withCarry | (v[w] & ~u);
            }
        }

        var zeros = 0;
        for (var w = 0; w < words; w++)
        {
            var bits = w == words - 1 && a.Length % 64 != 0 ? a.Length % 64 : 64;
            var valid = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
            zeros += bits - BitOperations.PopCount(v[w] & valid);
        }

        return zeros;
    }
}
