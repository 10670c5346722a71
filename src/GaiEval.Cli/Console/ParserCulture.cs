namespace GaiEval.Cli.Console;

using System.Globalization;

/// <summary>
/// Runs the parser's texts in the invariant (English) culture whatever LANG says, so that <see cref="ParserMessages"/>
/// and <see cref="JapaneseHelp"/> always see the forms they translate (the library's partial Japanese set would mix both).
/// </summary>
internal static class ParserCulture
{
    public static void Use()
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}
