namespace GaiEval.Core.Inputs;

using GaiEval.Core.Plans;

/// <summary>Gathers every error found in one input file, so that the user sees them all at once.</summary>
internal sealed class InputErrorCollector(string file)
{
    private readonly List<InputError> errors = [];

    public string File => file;

    public bool HasErrors => errors.Count > 0;

    public IReadOnlyList<InputError> Errors => errors;

    public void Add(int line, string field, string message) => errors.Add(new InputError(file, line, field, ApiKeyEnvCheck.Redact(message)));

    /// <summary>An error of another file the input names (a CSV a plan points to), kept with its own file and line.</summary>
    public void Add(InputError error) => errors.Add(error);

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new InputException([.. errors.OrderBy(error => error.Line)]);
        }
    }
}
