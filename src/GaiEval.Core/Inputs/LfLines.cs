namespace GaiEval.Core.Inputs;

using System.Text;

/// <summary>
/// The lines of a text read piece by piece, split at '\n' only (as <c>text.Split('\n')</c> splits it, '\r' left in place),
/// so that a large file is never held whole.
/// </summary>
internal static class LfLines
{
    public static IEnumerable<string> Read(TextReader reader)
    {
        char[] buffer = new char[16 * 1024];
        var line = new StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            for (int end; (end = Array.IndexOf(buffer, '\n', start, read - start)) >= 0; start = end + 1)
            {
                line.Append(buffer, start, end - start);
                yield return line.ToString();
                line.Clear();
            }

            line.Append(buffer, start, read - start);
        }

        yield return line.ToString();
    }
}
