namespace Deskbench.Evaluators.Documents.Presentations;

/// <summary>
/// compare_pptx_files' position and size checks for one shape pair, in OSWorld's order. Sizes compare with a relative
/// tolerance (<c>approximately_tolerance</c>, 0.005). Quirk kept: the task-specific options hard-code OSWorld's task
/// data (the "Product Comparison" title, slide 3's table, slide 2's picture, the 3600000/4320000/1980000 EMU limits).
/// </summary>
internal sealed class PptxShapeGeometry(PptxCompareOptions options, int slideNumber)
{
    public bool Matches(PptxShape shape1, PptxShape shape2)
    {
        var sameBox = Near(shape1.Left, shape2.Left) && Near(shape1.Top, shape2.Top) && Near(shape1.Width, shape2.Width) && Near(shape1.Height, shape2.Height);
        if (options["examine_title_bottom_position"])
        {
            if (shape1.HasText && shape2.HasText && shape1.Text == shape2.Text)
            {
                if (shape1.Text == "Product Comparison" && (shape1.Top <= shape2.Top || shape1.Top < 3600000))
                {
                    return false;
                }
            }
            else if (!sameBox)
            {
                return false;
            }
        }

        if (options["examine_table_bottom_position"])
        {
            if (slideNumber == 3 && shape1.ShapeType == 19 && shape2.ShapeType == 19)
            {
                if (shape1.Top <= shape2.Top || shape1.Top < 3600000)
                {
                    return false;
                }
            }
            else if (!sameBox)
            {
                return false;
            }
        }

        if (options["examine_right_position"] && slideNumber == 2 && !shape1.HasText && !shape2.HasText
            && (shape1.Left <= shape2.Left || shape1.Left < 4320000))
        {
            return false;
        }

        if (options["examine_top_position"] && slideNumber == 2 && shape1.ShapeType == 13 && shape2.ShapeType == 13
            && (shape1.Top >= shape2.Top || shape1.Top > 1980000))
        {
            return false;
        }

        if (options["examine_shape_for_shift_size"] && !sameBox
            && !(shape1.HasText && shape2.HasText && shape1.Text == shape2.Text && shape1.Text == "Elaborate on what you want to discuss."))
        {
            return false;
        }

        if (!sameBox && options["examine_shape"])
        {
            return false;
        }

        if (options["examine_image_size"])
        {
            if (shape1.ShapeType == 13 && shape2.ShapeType == 13)
            {
                if (!Near(shape1.Width, shape2.Width) || !Near(shape1.Height, shape2.Height))
                {
                    return false;
                }
            }
            else if (!sameBox)
            {
                return false;
            }
        }

        if (options["examine_modify_height"])
        {
            if ((!shape1.HasText && !shape2.HasText) || (shape1.ShapeType == 5 && shape2.ShapeType == 5))
            {
                if (!Near(shape1.Height, shape2.Height))
                {
                    return false;
                }
            }
            else if (!sameBox)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>OSWorld's <c>is_approximately_equal</c>: equal, or relative difference within the tolerance.</summary>
    private bool Near(long? first, long? second)
    {
        if (first == second)
        {
            return true;
        }

        if (first is null || second is null || first == 0 || second == 0)
        {
            return false;
        }

        return Math.Abs(first.Value - second.Value) / (double)Math.Max(Math.Abs(first.Value), Math.Abs(second.Value)) <= options.Tolerance;
    }
}
