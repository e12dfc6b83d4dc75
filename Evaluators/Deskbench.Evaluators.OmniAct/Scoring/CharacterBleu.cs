namespace Deskbench.Evaluators.OmniAct.Scoring;

/// <summary>
/// nltk <c>sentence_bleu([reference], candidate, weights=(0.5, 0.5))</c> called with plain strings, as the official
/// script does. nltk iterates the strings, so this is CHARACTER-level BLEU-2 (quirk), with no smoothing: a zero
/// bigram count becomes <c>sys.float_info.min</c>, so a one-character write scores ≈ 1e-154 even when exact (quirk).
/// </summary>
internal static class CharacterBleu
{
    /// <summary>Python's <c>sys.float_info.min</c> (the smallest normal double), nltk's substitute for a zero precision.</summary>
    private const double PythonFloatMin = 2.2250738585072014E-308;

    public static double Bleu2(string reference, string candidate)
    {
        var (unigramMatches, unigramTotal) = ClippedMatches(reference, candidate, 1);
        if (unigramMatches == 0)
        {
            return 0; // nltk: no unigram matches -> 0.
        }

        var (bigramMatches, bigramTotal) = ClippedMatches(reference, candidate, 2);
        var p1 = (double)unigramMatches / unigramTotal;
        var p2 = bigramMatches == 0 ? PythonFloatMin : (double)bigramMatches / bigramTotal;
        var logSum = (0.5 * Math.Log(p1)) + (0.5 * Math.Log(p2));
        return BrevityPenalty(reference.Length, candidate.Length) * Math.Exp(logSum);
    }

    /// <summary>nltk brevity penalty: 1 when the candidate is longer than the reference, else exp(1 − r/c).</summary>
    private static double BrevityPenalty(int referenceLength, int candidateLength)
    {
        if (candidateLength > referenceLength)
        {
            return 1;
        }

        return candidateLength == 0 ? 0 : Math.Exp(1 - ((double)referenceLength / candidateLength));
    }

    /// <summary>Clipped n-gram matches and the candidate's n-gram count (at least 1, as nltk's denominator).</summary>
    private static (int Matches, int Total) ClippedMatches(string reference, string candidate, int n)
    {
        var candidateCounts = CountNgrams(candidate, n);
        var referenceCounts = CountNgrams(reference, n);
        var matches = 0;
        foreach (var (gram, count) in candidateCounts)
        {
            matches += Math.Min(count, referenceCounts.GetValueOrDefault(gram));
        }

        return (matches, Math.Max(1, candidate.Length - n + 1));
    }

    private static Dictionary<string, int> CountNgrams(string text, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= text.Length; i++)
        {
            var gram = text.Substring(i, n);
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        return counts;
    }
}
