namespace Deskbench.Evaluators.Documents.Presentations;

/// <summary>
/// OSWorld's <c>compare_pptx_files</c> (slides.py) over two read presentations, check for check in OSWorld's order:
/// slide count, background colour, notes, shape count, the position/size options, tables (runs' colour, bold, italic,
/// underline), text shapes (text, paragraph count, alignment with None = LEFT, text, level, run count, font name,
/// size, bold and italic with None = False, sRGB colour when both have one, underline, strike), the slide's bullets,
/// and last all text shapes including group members (text, paragraph count, alignment).
/// Quirks kept: the bullets compared are those of the whole slide, checked again for every run; underline None vs an
/// explicit non-single underline is not a difference; table runs are checked for bold/italic/underline even when the
/// examine_font_* options are off.
/// </summary>
internal sealed class PptxComparer(PptxCompareOptions options)
{
    public bool AreEqual(PptxPresentation first, PptxPresentation second)
    {
        if (first.Slides.Count != second.Slides.Count && options["examine_number_of_slides"])
        {
            return false;
        }

        foreach (var (slide1, slide2) in first.Slides.Zip(second.Slides))
        {
            if (!SlidesMatch(slide1, slide2))
            {
                return false;
            }
        }

        return true;
    }

    private bool SlidesMatch(PptxSlide slide1, PptxSlide slide2)
    {
        if (slide1.BackgroundRgb != slide2.BackgroundRgb && options["examine_background_color"])
        {
            return false;
        }

        if (slide1.NotesText.Trim() != slide2.NotesText.Trim() && options["examine_note"])
        {
            return false;
        }

        if (slide1.Shapes.Count != slide2.Shapes.Count)
        {
            return false;
        }

        var bulletsChecked = false;
        foreach (var (shape1, shape2) in slide1.Shapes.Zip(slide2.Shapes))
        {
            if (!new PptxShapeGeometry(options, slide1.Number).Matches(shape1, shape2))
            {
                return false;
            }

            if (shape1.IsTable && shape2.TableCells is not null && !TablesMatch(shape1, shape2))
            {
                return false;
            }

            if (shape1.HasText && shape2.HasText && !TextShapesMatch(shape1, shape2, slide1, slide2, ref bulletsChecked))
            {
                return false;
            }
        }

        var texts1 = AllTextShapes(slide1.Shapes).ToList();
        var texts2 = AllTextShapes(slide2.Shapes).ToList();
        if (options["examine_alignment"] && texts1.Count == texts2.Count)
        {
            foreach (var (shape1, shape2) in texts1.Zip(texts2))
            {
                if (shape1.Text.Trim() != shape2.Text.Trim() && options["examine_text"])
                {
                    return false;
                }

                if (shape1.Paragraphs!.Count != shape2.Paragraphs!.Count)
                {
                    return false;
                }

                if (shape1.Paragraphs.Zip(shape2.Paragraphs).Any(p => Alignment(p.First) != Alignment(p.Second)))
                {
                    return false;
                }
            }
        }
        else if (texts1.Count != texts2.Count)
        {
            return false;
        }

        return true;
    }

    private bool TablesMatch(PptxShape shape1, PptxShape shape2)
    {
        var rows1 = shape1.TableCells!;
        var rows2 = shape2.TableCells!;
        if (rows1.Count != rows2.Count || (rows1.Count > 0 && rows1[0].Count != rows2[0].Count))
        {
            return false;
        }

        for (var r = 0; r < rows1.Count; r++)
        {
            for (var c = 0; c < rows1[r].Count && c < rows2[r].Count; c++)
            {
                var cell1 = rows1[r][c];
                var cell2 = rows2[r][c];
                if (cell1.Count != cell2.Count)
                {
                    return false;
                }

                foreach (var (para1, para2) in cell1.Zip(cell2))
                {
                    var runs1 = Runs(para1);
                    var runs2 = Runs(para2);
                    if (runs1.Count != runs2.Count)
                    {
                        return false;
                    }

                    foreach (var (run1, run2) in runs1.Zip(runs2))
                    {
                        if (run1.ColorRgb is not null && run2.ColorRgb is not null && run1.ColorRgb != run2.ColorRgb && options["examine_color_rgb"])
                        {
                            return false;
                        }

                        if (!FlagsMatch(run1.Bold, run2.Bold) || !FlagsMatch(run1.Italic, run2.Italic) || !UnderlinesMatch(run1.Underline, run2.Underline))
                        {
                            return false;
                        }
                    }
                }
            }
        }

        return true;
    }

    private bool TextShapesMatch(PptxShape shape1, PptxShape shape2, PptxSlide slide1, PptxSlide slide2, ref bool bulletsChecked)
    {
        if (shape1.Text.Trim() != shape2.Text.Trim() && options["examine_text"])
        {
            return false;
        }

        if (shape1.Paragraphs!.Count != shape2.Paragraphs!.Count)
        {
            return false;
        }

        foreach (var (para1, para2) in shape1.Paragraphs.Zip(shape2.Paragraphs))
        {
            if (options["examine_alignment"] && Alignment(para1) != Alignment(para2))
            {
                return false;
            }

            if ((para1.Text != para2.Text && options["examine_text"]) || (para1.Level != para2.Level && options["examine_indent"]))
            {
                return false;
            }

            var runs1 = Runs(para1);
            var runs2 = Runs(para2);
            if (runs1.Count != runs2.Count)
            {
                return false;
            }

            foreach (var (run1, run2) in runs1.Zip(runs2))
            {
                if ((run1.FontName != run2.FontName && options["examine_font_name"])
                    || (run1.Size != run2.Size && options["examine_font_size"])
                    || (!FlagsMatch(run1.Bold, run2.Bold) && options["examine_font_bold"])
                    || (!FlagsMatch(run1.Italic, run2.Italic) && options["examine_font_italic"])
                    || (run1.ColorRgb is not null && run2.ColorRgb is not null && run1.ColorRgb != run2.ColorRgb && options["examine_color_rgb"])
                    || (!UnderlinesMatch(run1.Underline, run2.Underline) && options["examine_font_underline"])
                    || (run1.Strike != run2.Strike && options["examine_strike_through"]))
                {
                    return false;
                }

                if (options["examine_bullets"] && !bulletsChecked)
                {
                    bulletsChecked = true;
                    if (!BulletsMatch(slide1.Bullets, slide2.Bullets))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private List<PptxRun> Runs(PptxParagraph paragraph) =>
        options["normalize_runs"] ? Normalized(paragraph.Runs) : [.. paragraph.Runs];

    /// <summary>make_runs_normalized: neighbouring runs with identical formatting merge into one.</summary>
    private static List<PptxRun> Normalized(IReadOnlyList<PptxRun> runs)
    {
        var merged = new List<PptxRun>();
        foreach (var run in runs)
        {
            if (merged.Count > 0 && Equals(merged[^1].FormatKey, run.FormatKey))
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            }
            else
            {
                merged.Add(run);
            }
        }

        return merged;
    }

    private static bool BulletsMatch(IReadOnlyList<(string? Level, string Bullet, string Text)> first, IReadOnlyList<(string? Level, string Bullet, string Text)> second) =>
        first.Count == second.Count
        && first.Zip(second).All(p => p.First.Text == p.Second.Text && p.First.Bullet == p.Second.Bullet && (p.First.Level ?? "0") == (p.Second.Level ?? "0"));

    private static string Alignment(PptxParagraph paragraph) => paragraph.Alignment ?? "l";

    /// <summary>None and False both mean "not set".</summary>
    private static bool FlagsMatch(bool? first, bool? second) => (first ?? false) == (second ?? false);

    private static bool UnderlinesMatch(string? first, string? second)
    {
        if (first == second)
        {
            return true;
        }

        if (first is not null && second is not null)
        {
            return false;
        }

        return !(first is null && second == "True") && !(first == "True" && second is null);
    }

    private static IEnumerable<PptxShape> AllTextShapes(IEnumerable<PptxShape> shapes)
    {
        foreach (var shape in shapes)
        {
            if (shape.HasText)
            {
                yield return shape;
            }

            foreach (var child in AllTextShapes(shape.Children))
            {
                yield return child;
            }
        }
    }
}
