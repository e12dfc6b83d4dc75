using Deskbench.Evaluators.OmniAct.Scoring;

namespace Deskbench.Evaluators.OmniAct.Tests;

public sealed class CharacterBleuTests
{
    [Fact]
    public void Exact_text_of_two_or_more_characters_scores_one() =>
        Assert.Equal(1, CharacterBleu.Bleu2("seattle, wa", "seattle, wa"), 12);

    [Fact]
    public void Shorter_candidate_gets_the_brevity_penalty()
    {
        // "helo" vs "hello": p1 = 4/4, p2 = 3/3 (he, el, lo), BP = exp(1 − 5/4).
        Assert.Equal(Math.Exp(-0.25), CharacterBleu.Bleu2("hello", "helo"), 12);
    }

    [Fact]
    public void Clipped_counts_and_longer_candidate()
    {
        // "aaaa" vs "aa": unigrams clipped to 2 of 4, bigrams "aa" clipped to 1 of 3; c > r so BP = 1.
        Assert.Equal(Math.Sqrt(0.5 * (1.0 / 3)), CharacterBleu.Bleu2("aa", "aaaa"), 12);
    }

    [Fact]
    public void No_bigram_match_uses_python_float_min_without_smoothing()
    {
        // "ba" vs "ab": p1 = 1, p2 = sys.float_info.min → √2.2250738585072014e-308 ≈ 1.49e-154.
        var bleu = CharacterBleu.Bleu2("ab", "ba");
        Assert.Equal(1.4916681462400413e-154, bleu, 1e-165);
    }

    [Fact]
    public void One_character_exact_write_scores_about_zero() =>
        Assert.True(CharacterBleu.Bleu2("a", "a") < 1e-150);

    [Fact]
    public void No_unigram_match_is_zero() => Assert.Equal(0, CharacterBleu.Bleu2("abc", "xyz"));
}
