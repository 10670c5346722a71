namespace GaiEval.Cli;

/// <summary>The exit codes of DESIGN.md "Command line".</summary>
public static class ExitCodes
{
    public const int Done = 0;
    public const int NoGo = 1;
    public const int BadInput = 2;
    public const int Inconclusive = 3;
    public const int ProviderFailures = 4;
    public const int InternalError = 70;
    public const int Interrupted = 130;
}
