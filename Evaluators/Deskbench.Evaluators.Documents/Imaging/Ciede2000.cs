namespace Deskbench.Evaluators.Documents.Imaging;

/// <summary>scikit-image's <c>rgb2lab</c> (sRGB, D65 2°) and <c>deltaE_ciede2000</c> (kL = kC = kH = 1) for one colour pair.</summary>
internal static class Ciede2000
{
    public static double Difference((int R, int G, int B) first, (int R, int G, int B) second)
    {
        var (l1, a1, b1) = Lab(first);
        var (l2, a2, b2) = Lab(second);
        var c1 = Math.Sqrt((a1 * a1) + (b1 * b1));
        var c2 = Math.Sqrt((a2 * a2) + (b2 * b2));
        var cBar = (c1 + c2) / 2;
        var c7 = Math.Pow(cBar, 7);
        var g = 0.5 * (1 - Math.Sqrt(c7 / (c7 + Math.Pow(25, 7))));
        var a1p = a1 * (1 + g);
        var a2p = a2 * (1 + g);
        var c1p = Math.Sqrt((a1p * a1p) + (b1 * b1));
        var c2p = Math.Sqrt((a2p * a2p) + (b2 * b2));
        var h1p = Hue(b1, a1p);
        var h2p = Hue(b2, a2p);
        var dL = l2 - l1;
        var dC = c2p - c1p;
        var dh = c1p * c2p == 0 ? 0 : h2p - h1p;
        if (dh > Math.PI)
        {
            dh -= 2 * Math.PI;
        }
        else if (dh < -Math.PI)
        {
            dh += 2 * Math.PI;
        }

        var dH = 2 * Math.Sqrt(c1p * c2p) * Math.Sin(dh / 2);
        var lBar = (l1 + l2) / 2;
        var cBarP = (c1p + c2p) / 2;
        var hSum = h1p + h2p;
        var hBar = c1p * c2p == 0 ? hSum : Math.Abs(h1p - h2p) <= Math.PI ? hSum / 2 : hSum < 2 * Math.PI ? (hSum / 2) + Math.PI : (hSum / 2) - Math.PI;
        var t = 1 - (0.17 * Math.Cos(hBar - Deg(30))) + (0.24 * Math.Cos(2 * hBar)) + (0.32 * Math.Cos((3 * hBar) + Deg(6))) - (0.20 * Math.Cos((4 * hBar) - Deg(63)));
        var dTheta = Deg(30) * Math.Exp(-Math.Pow((hBar - Deg(275)) / Deg(25), 2));
        var cBarP7 = Math.Pow(cBarP, 7);
        var rC = 2 * Math.Sqrt(cBarP7 / (cBarP7 + Math.Pow(25, 7)));
        var sL = 1 + (0.015 * Math.Pow(lBar - 50, 2) / Math.Sqrt(20 + Math.Pow(lBar - 50, 2)));
        var sC = 1 + (0.045 * cBarP);
        var sH = 1 + (0.015 * cBarP * t);
        var rT = -Math.Sin(2 * dTheta) * rC;
        var l = dL / sL;
        var c = dC / sC;
        var h = dH / sH;
        return Math.Sqrt((l * l) + (c * c) + (h * h) + (rT * c * h));
    }

    private static double Deg(double degrees) => degrees * Math.PI / 180;

    private static double Hue(double b, double a)
    {
        var h = Math.Atan2(b, a);
        return h < 0 ? h + (2 * Math.PI) : h;
    }

    private static (double L, double A, double B) Lab((int R, int G, int B) color)
    {
        static double Linear(int v)
        {
            var c = v / 255.0;
            return c > 0.04045 ? Math.Pow((c + 0.055) / 1.055, 2.4) : c / 12.92;
        }

        double r = Linear(color.R), g = Linear(color.G), b = Linear(color.B);
        var x = ((0.412453 * r) + (0.357580 * g) + (0.180423 * b)) / 0.95047;
        var y = (0.212671 * r) + (0.715160 * g) + (0.072169 * b);
        var z = ((0.019334 * r) + (0.119193 * g) + (0.950227 * b)) / 1.08883;
        static double F(double v) => v > 0.008856 ? Math.Cbrt(v) : (7.787 * v) + (16.0 / 116.0);
        var (fx, fy, fz) = (F(x), F(y), F(z));
        return ((116 * fy) - 16, 500 * (fx - fy), 200 * (fy - fz));
    }
}
