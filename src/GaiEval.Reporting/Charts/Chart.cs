namespace GaiEval.Reporting.Charts;

/// <summary>
/// One rendered chart: <see cref="Svg"/> for inlining into HTML (no XML declaration) and, when a folder was given, a PNG at <see cref="PngPath"/>
/// for Markdown, both 800×450.
/// </summary>
/// <param name="FileStem">The PNG's file name without extension, e.g. "accuracy".</param>
/// <param name="Title">The chart's title, as drawn (Japanese, or English when <paramref name="AsciiLabels"/>).</param>
/// <param name="FontName">The font family every label was drawn with.</param>
/// <param name="AsciiLabels">True when no Japanese font was installed and the labels were drawn in ASCII.</param>
public sealed record Chart(string FileStem, string Title, string Svg, string? PngPath, string FontName, bool AsciiLabels);
