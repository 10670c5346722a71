namespace GaiEval.Core.Inputs;

/// <summary>One problem in a user's input file. <paramref name="Line"/> is 1-based; 0 means the whole file.</summary>
public sealed record InputError(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
