using System.Xml;

namespace Deskbench.Guest.Accessibility;

/// <summary>Checks that tag and attribute names can be written as XML (an NCName, or prefix:NCName).</summary>
internal static class XmlNames
{
    public static bool IsQualifiedName(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? IsNcName(name) : IsNcName(name[..colon]) && IsNcName(name[(colon + 1)..]);
    }

    public static bool IsNcName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
