namespace GaiEval.Core.Inputs;

/// <summary>Bad input: carries every error found, so the user can fix them all at once (exit code 2).</summary>
public sealed class InputException : Exception
{
    public InputException(IReadOnlyList<InputError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public InputException(string file, int line, string field, string message)
        : this([new InputError(file, line, field, message)])
    {
    }

    public IReadOnlyList<InputError> Errors { get; }
}
