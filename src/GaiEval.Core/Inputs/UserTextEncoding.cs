namespace GaiEval.Core.Inputs;

using System.Text;

/// <summary>The encoding a user's text file was found to be in, and how many bytes of byte-order mark to skip.</summary>
internal sealed record UserTextEncoding(Encoding Encoding, int PreambleLength);
